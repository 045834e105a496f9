package dev.polly.common.cache;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.polly.common.redis.CircuitSettings;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code cache:} section: whether caching is on, each region's TTL and near cache, and the
 * Redis circuit breaker. With {@code enabled: false} every region is a pass-through to its loader
 * (the cache-disabled path of the benchmarks). Regions missing from {@code regions} keep their
 * defaults ({@link #defaultRegions()}).
 */
public class CacheFactory {
  /** Region names, also the {@code cache} label of their metrics. */
  public static final String USER_PREFS = "user_prefs";

  public static final String GUILD = "guild";
  public static final String USER_GUILDS = "user_guilds";
  public static final String POLL_RESULTS = "poll_results";
  public static final String SESSION = "session";

  private boolean enabled = true;

  @Valid @NotNull private Map<String, RegionSettings> regions = new LinkedHashMap<>();

  @Valid @NotNull private CircuitSettings circuit = new CircuitSettings();

  /**
   * The built-in defaults: TTLs user_prefs 30 min, guild and user_guilds 10 min, poll_results 5
   * min, session 24 h; near caches of 5 s on the read-mostly regions and on sessions (a logout's
   * invalidation event drops the other instances' copies; the TTL bounds a missed event).
   */
  public static Map<String, RegionSettings> defaultRegions() {
    Map<String, RegionSettings> defaults = new LinkedHashMap<>();
    defaults.put(USER_PREFS, new RegionSettings(Duration.minutes(30), Duration.seconds(5)));
    defaults.put(GUILD, new RegionSettings(Duration.minutes(10), Duration.seconds(5)));
    defaults.put(USER_GUILDS, new RegionSettings(Duration.minutes(10), Duration.seconds(5)));
    defaults.put(POLL_RESULTS, new RegionSettings(Duration.minutes(5), Duration.seconds(0)));
    // Sessions carry their own TTL per entry; this is only the fallback for put(key, value).
    defaults.put(SESSION, new RegionSettings(Duration.hours(24), Duration.seconds(5)));
    return defaults;
  }

  /** The settings of {@code region}: configured ones, else the default. */
  public RegionSettings region(String region) {
    RegionSettings configured = regions.get(region);
    if (configured != null) {
      return configured;
    }
    RegionSettings fallback = defaultRegions().get(region);
    if (fallback == null) {
      throw new IllegalArgumentException("Unknown cache region: " + region);
    }
    return fallback;
  }

  @JsonProperty
  public boolean isEnabled() {
    return enabled;
  }

  @JsonProperty
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  @JsonProperty
  public Map<String, RegionSettings> getRegions() {
    return regions;
  }

  @JsonProperty
  public void setRegions(Map<String, RegionSettings> regions) {
    this.regions = new LinkedHashMap<>(regions);
  }

  @JsonProperty
  public CircuitSettings getCircuit() {
    return circuit;
  }

  @JsonProperty
  public void setCircuit(CircuitSettings circuit) {
    this.circuit = circuit;
  }

  @Override
  public String toString() {
    return "CacheFactory{enabled=" + enabled + ", regions=" + regions + "}";
  }
}
