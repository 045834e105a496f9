package dev.polly.common.cache;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/**
 * Settings of one cache region: the Redis TTL of its entries and its optional in-process near cache
 * (Caffeine). A {@code nearCacheTtl} of zero disables the near cache; it is kept short because the
 * near cache is only corrected by invalidation events, which are hints.
 */
public class RegionSettings {
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
  private Duration ttl;

  @NotNull
  @MaxDuration(value = 1, unit = TimeUnit.MINUTES)
  private Duration nearCacheTtl = Duration.seconds(0);

  @Min(1)
  @Max(1_000_000)
  private int nearCacheMaxSize = 10_000;

  public RegionSettings() {
    this(Duration.minutes(10), Duration.seconds(0));
  }

  public RegionSettings(Duration ttl, Duration nearCacheTtl) {
    this.ttl = ttl;
    this.nearCacheTtl = nearCacheTtl;
  }

  @JsonProperty
  public Duration getTtl() {
    return ttl;
  }

  @JsonProperty
  public void setTtl(Duration ttl) {
    this.ttl = ttl;
  }

  @JsonProperty
  public Duration getNearCacheTtl() {
    return nearCacheTtl;
  }

  @JsonProperty
  public void setNearCacheTtl(Duration nearCacheTtl) {
    this.nearCacheTtl = nearCacheTtl;
  }

  @JsonProperty
  public int getNearCacheMaxSize() {
    return nearCacheMaxSize;
  }

  @JsonProperty
  public void setNearCacheMaxSize(int nearCacheMaxSize) {
    this.nearCacheMaxSize = nearCacheMaxSize;
  }

  /** Whether this region keeps an in-process near cache. */
  public boolean nearCacheEnabled() {
    return nearCacheTtl.toMilliseconds() > 0;
  }

  @Override
  public String toString() {
    return "RegionSettings{ttl=" + ttl + ", nearCacheTtl=" + nearCacheTtl + "}";
  }
}
