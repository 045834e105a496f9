package dev.polly.common.cache;

import static dev.polly.common.cache.CacheFactory.GUILD;
import static dev.polly.common.cache.CacheFactory.POLL_RESULTS;
import static dev.polly.common.cache.CacheFactory.SESSION;
import static dev.polly.common.cache.CacheFactory.USER_GUILDS;
import static dev.polly.common.cache.CacheFactory.USER_PREFS;

import com.codahale.metrics.MetricRegistry;
import dev.polly.common.chart.ResultsChart;
import dev.polly.common.domain.AuthorityEpoch;
import dev.polly.common.domain.GuildData;
import dev.polly.common.domain.MemberAuthority;
import dev.polly.common.domain.PollFacts;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.Session;
import dev.polly.common.domain.UserGuilds;
import dev.polly.common.domain.UserPreferences;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Caches} with caching switched off: every region calls its loader every time. */
final class PassThroughCaches implements Caches {
  private final Map<String, RegionMetrics> metrics = new LinkedHashMap<>();

  PassThroughCaches(MetricRegistry registry) {
    for (String name : List.of(USER_PREFS, GUILD, USER_GUILDS, POLL_RESULTS, SESSION)) {
      metrics.put(name, new RegionMetrics(registry, name));
    }
  }

  private <V> CacheRegion<V> region(String name) {
    return new PassThroughRegion<>(name, metrics.get(name));
  }

  @Override
  public CacheRegion<UserPreferences> userPrefs() {
    return region(USER_PREFS);
  }

  @Override
  public CacheRegion<GuildData.Channels> guildChannels() {
    return region(GUILD);
  }

  @Override
  public CacheRegion<GuildData.Roles> guildRoles() {
    return region(GUILD);
  }

  @Override
  public CacheRegion<GuildData.Emojis> guildEmojis() {
    return region(GUILD);
  }

  @Override
  public CacheRegion<MemberAuthority> guildMembers() {
    return region(GUILD);
  }

  @Override
  public CacheRegion<AuthorityEpoch> guildAuthorityEpochs() {
    return region(GUILD);
  }

  @Override
  public CacheRegion<UserGuilds> userGuilds() {
    return region(USER_GUILDS);
  }

  @Override
  public CacheRegion<PollResults> pollResults() {
    return region(POLL_RESULTS);
  }

  @Override
  public CacheRegion<ResultsChart> pollCharts() {
    return region(POLL_RESULTS);
  }

  @Override
  public CacheRegion<PollFacts> pollFacts() {
    return region(POLL_RESULTS);
  }

  @Override
  public CacheRegion<Session> sessions() {
    return region(SESSION);
  }

  @Override
  public <V> CacheRegion<V> sessionData(String kind, Class<V> type) {
    return region(SESSION);
  }

  @Override
  public Collection<CacheRegion<?>> all() {
    return metrics.keySet().stream().<CacheRegion<?>>map(this::region).toList();
  }

  @Override
  public Optional<CacheRegion<?>> byName(String name) {
    return metrics.containsKey(name) ? Optional.of(region(name)) : Optional.empty();
  }
}
