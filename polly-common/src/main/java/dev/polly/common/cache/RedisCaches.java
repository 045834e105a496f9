package dev.polly.common.cache;

import static dev.polly.common.cache.CacheFactory.GUILD;
import static dev.polly.common.cache.CacheFactory.POLL_RESULTS;
import static dev.polly.common.cache.CacheFactory.SESSION;
import static dev.polly.common.cache.CacheFactory.USER_GUILDS;
import static dev.polly.common.cache.CacheFactory.USER_PREFS;

import dev.polly.common.chart.ResultsChart;
import dev.polly.common.domain.AuthorityEpoch;
import dev.polly.common.domain.GuildData;
import dev.polly.common.domain.MemberAuthority;
import dev.polly.common.domain.PollFacts;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.Session;
import dev.polly.common.domain.UserGuilds;
import dev.polly.common.domain.UserPreferences;
import dev.polly.common.events.CacheInvalidated;
import dev.polly.common.events.EventBus;
import dev.polly.common.redis.RedisConnection;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The Redis-backed {@link Caches} of one process: one {@link RegionCore} per region name, typed
 * views over them, and the whole {@code guild} region for tasks. Also applies invalidations
 * announced by other processes to the near caches ({@link #dropNear}).
 */
final class RedisCaches implements Caches {
  private static final String CHANNELS = ":channels";
  private static final String ROLES = ":roles";
  private static final String EMOJIS = ":emojis";
  private static final String MEMBER_PERMS = ":member_perms";
  private static final String AUTHORITY_EPOCH = ":authority_epoch";
  private static final String CHART = ":chart";
  private static final String POLL_FACTS = ":poll";

  private final Map<String, RegionCore> cores = new LinkedHashMap<>();
  private final CacheRegion<UserPreferences> userPrefs;
  private final RedisCacheRegion<GuildData.Channels> guildChannels;
  private final RedisCacheRegion<GuildData.Roles> guildRoles;
  private final RedisCacheRegion<GuildData.Emojis> guildEmojis;
  private final RedisCacheRegion<MemberAuthority> guildMembers;
  private final RedisCacheRegion<AuthorityEpoch> guildAuthorityEpochs;
  private final CacheRegion<Object> guild;
  private final CacheRegion<UserGuilds> userGuilds;
  private final CacheRegion<PollResults> pollResults;
  private final CacheRegion<ResultsChart> pollCharts;
  private final CacheRegion<PollFacts> pollFacts;
  private final CacheRegion<Session> sessions;
  private final Map<String, CacheRegion<?>> byName = new LinkedHashMap<>();

  static Caches create(
      CacheFactory config, RedisConnection redis, EventBus events, String processName) {
    // The origin tells this process's own announcements apart: it already dropped its copies.
    String origin = processName + "-" + UUID.randomUUID().toString().substring(0, 8);
    StaleRegions stale = new StaleRegions(redis.executor());
    redis.onRecovery(stale::recoverSoon);
    RegionDeps deps =
        new RegionDeps(
            redis.metrics(),
            redis.guard(),
            redis.redisson(),
            redis.json(),
            stale,
            (region, key) -> events.publish(new CacheInvalidated(region, key, origin)));
    RedisCaches caches = new RedisCaches(config, deps);
    events.subscribe(
        event -> {
          if (event instanceof CacheInvalidated invalidated
              && !origin.equals(invalidated.origin())) {
            caches.dropNear(invalidated.region(), invalidated.key());
          }
        });
    return caches;
  }

  private RedisCaches(CacheFactory config, RegionDeps deps) {
    RegionCore guildCore =
        core(config, deps, GUILD, List.of(CHANNELS, ROLES, EMOJIS, MEMBER_PERMS, AUTHORITY_EPOCH));
    userPrefs = view(core(config, deps, USER_PREFS, List.of()), UserPreferences.class);
    guildChannels = new RedisCacheRegion<>(guildCore, GuildData.Channels.class, "", CHANNELS);
    guildRoles = new RedisCacheRegion<>(guildCore, GuildData.Roles.class, "", ROLES);
    guildEmojis = new RedisCacheRegion<>(guildCore, GuildData.Emojis.class, "", EMOJIS);
    guildMembers = new RedisCacheRegion<>(guildCore, MemberAuthority.class, "", MEMBER_PERMS);
    guildAuthorityEpochs =
        new RedisCacheRegion<>(guildCore, AuthorityEpoch.class, "", AUTHORITY_EPOCH);
    guild =
        new GuildRegion(
            guildCore,
            List.of(guildChannels, guildRoles, guildEmojis, guildMembers, guildAuthorityEpochs));
    userGuilds = view(core(config, deps, USER_GUILDS, List.of()), UserGuilds.class);
    RegionCore resultsCore = core(config, deps, POLL_RESULTS, List.of(POLL_FACTS, CHART));
    pollResults =
        new RedisCacheRegion<>(resultsCore, PollResults.class, "", "", List.of(POLL_FACTS, CHART));
    pollFacts = new RedisCacheRegion<>(resultsCore, PollFacts.class, "", POLL_FACTS);
    pollCharts = new RedisCacheRegion<>(resultsCore, ResultsChart.class, "", CHART);
    sessions = view(core(config, deps, SESSION, List.of()), Session.class);
    for (CacheRegion<?> region : List.of(userPrefs, guild, userGuilds, pollResults, sessions)) {
      byName.put(region.name(), region);
    }
  }

  private RegionCore core(
      CacheFactory config, RegionDeps deps, String name, List<String> viewSuffixes) {
    RegionCore core = new RegionCore(name, config.region(name), viewSuffixes, deps);
    cores.put(name, core);
    return core;
  }

  private static <V> RedisCacheRegion<V> view(RegionCore core, Class<V> type) {
    return new RedisCacheRegion<>(core, type, "", "");
  }

  @Override
  public CacheRegion<UserPreferences> userPrefs() {
    return userPrefs;
  }

  @Override
  public CacheRegion<GuildData.Channels> guildChannels() {
    return guildChannels;
  }

  @Override
  public CacheRegion<GuildData.Roles> guildRoles() {
    return guildRoles;
  }

  @Override
  public CacheRegion<GuildData.Emojis> guildEmojis() {
    return guildEmojis;
  }

  @Override
  public CacheRegion<MemberAuthority> guildMembers() {
    return guildMembers;
  }

  @Override
  public CacheRegion<AuthorityEpoch> guildAuthorityEpochs() {
    return guildAuthorityEpochs;
  }

  @Override
  public CacheRegion<UserGuilds> userGuilds() {
    return userGuilds;
  }

  @Override
  public CacheRegion<PollResults> pollResults() {
    return pollResults;
  }

  @Override
  public CacheRegion<ResultsChart> pollCharts() {
    return pollCharts;
  }

  @Override
  public CacheRegion<PollFacts> pollFacts() {
    return pollFacts;
  }

  @Override
  public CacheRegion<Session> sessions() {
    return sessions;
  }

  @Override
  public <V> CacheRegion<V> sessionData(String kind, Class<V> type) {
    if (kind == null || kind.isBlank() || kind.contains(":")) {
      throw new IllegalArgumentException("session data kind must be a non-blank word: " + kind);
    }
    return new RedisCacheRegion<>(cores.get(SESSION), type, kind + ":", "");
  }

  @Override
  public Collection<CacheRegion<?>> all() {
    return List.copyOf(byName.values());
  }

  @Override
  public Optional<CacheRegion<?>> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Drops near-cache copies after another process's write or invalidation. */
  void dropNear(String region, String relativeKey) {
    RegionCore core = cores.get(region);
    if (core != null) {
      core.dropNear(relativeKey);
    }
  }
}
