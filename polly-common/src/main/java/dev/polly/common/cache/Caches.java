package dev.polly.common.cache;

import dev.polly.common.chart.ResultsChart;
import dev.polly.common.domain.AuthorityEpoch;
import dev.polly.common.domain.GuildData;
import dev.polly.common.domain.MemberAuthority;
import dev.polly.common.domain.PollFacts;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.Session;
import dev.polly.common.domain.UserGuilds;
import dev.polly.common.domain.UserPreferences;
import dev.polly.common.events.EventBus;
import dev.polly.common.redis.RedisConnection;
import java.util.Collection;
import java.util.Optional;

/**
 * The application's cache regions, built once in the composition root. Keys passed to each region
 * are the plain ids; the region adds the {@code polly:v1:{region}:} prefix (and, for guild data,
 * the {@code :channels|:roles|:emojis} suffix).
 */
public interface Caches {
  /**
   * Builds one process's regions on {@code redis} with the {@code config} settings, or
   * pass-throughs to the loaders when caching is off. Invalidations are announced on {@code events}
   * (as {@code CacheInvalidated}, tagged with {@code processName} plus a random suffix) and other
   * processes' announcements drop this process's near-cache copies. Regions whose writes missed
   * Redis are cleared once Redis is back.
   */
  static Caches create(
      CacheFactory config, RedisConnection redis, EventBus events, String processName) {
    return config.isEnabled()
        ? RedisCaches.create(config, redis, events, processName)
        : new PassThroughCaches(redis.metrics());
  }

  /** {@code user_prefs}, keyed by user id; 30 min by default. */
  CacheRegion<UserPreferences> userPrefs();

  /** {@code guild} channels, keyed by guild id; 10 min by default. */
  CacheRegion<GuildData.Channels> guildChannels();

  /** {@code guild} roles, keyed by guild id; 10 min by default. */
  CacheRegion<GuildData.Roles> guildRoles();

  /** {@code guild} emojis, keyed by guild id; 10 min by default. */
  CacheRegion<GuildData.Emojis> guildEmojis();

  /**
   * {@code guild} member authority answers, keyed {@code {guildId}:{epoch}:{userId}:{window}} (see
   * {@code authority.GuildAuthorityCache}); the region's TTL.
   */
  CacheRegion<MemberAuthority> guildMembers();

  /** {@code guild} authority epochs, keyed by guild id; the region's TTL. */
  CacheRegion<AuthorityEpoch> guildAuthorityEpochs();

  /** {@code user_guilds}, keyed by user id; 10 min by default. */
  CacheRegion<UserGuilds> userGuilds();

  /** {@code poll_results}, keyed by poll id; 5 min by default. */
  CacheRegion<PollResults> pollResults();

  /**
   * Results charts in the {@code poll_results} region, next to the results they were drawn from
   * (keyed by poll id, stored under {@code polly:v1:poll_results:{id}:chart}); same TTL.
   */
  CacheRegion<ResultsChart> pollCharts();

  /**
   * {@code poll_results} poll facts (guild, status, visibility), keyed by poll id and stored as
   * {@code {pollId}:poll}; invalidating a poll's results in {@link #pollResults} drops them too.
   */
  CacheRegion<PollFacts> pollFacts();

  /** {@code session} logins, keyed by session token; TTL per entry (the session's expiry). */
  CacheRegion<Session> sessions();

  /**
   * A view of the {@code session} region for other short-lived, reloadable or disposable values
   * (such as the operator's {@code redis-check} probe), stored under {@code
   * polly:v1:session:{kind}:{key}} with a TTL per entry. Like every region it may be cleared whole
   * after a missed write, and is a pass-through with caching off: data whose only copy is in Redis
   * (drafts, OAuth state markers) belongs in a {@code RedisStore} instead.
   */
  <V> CacheRegion<V> sessionData(String kind, Class<V> type);

  /** Every region, for tasks such as {@code cache-stats} and {@code cache-invalidate}. */
  Collection<CacheRegion<?>> all();

  /** The region of that name ({@code guild} returns all three guild views' shared region). */
  Optional<CacheRegion<?>> byName(String name);
}
