package dev.polly.api.discord;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Discord's rate-limit state as announced by the {@code X-RateLimit-*} headers: for each route the
 * bucket it belongs to, and for each bucket the remaining requests and when it resets; plus the
 * global limit announced by a {@code 429} with {@code X-RateLimit-Global}. Thread-safe.
 */
public final class RateLimitBuckets {
  private final Clock clock;
  private final Map<String, String> bucketOfRoute = new ConcurrentHashMap<>();
  private final Map<String, Instant> exhaustedUntil = new ConcurrentHashMap<>();
  private volatile Instant globalUntil = Instant.EPOCH;

  public RateLimitBuckets(Clock clock) {
    this.clock = clock;
  }

  /** How long a request on {@code route} must wait before it may be sent (zero when free). */
  public Duration waitBefore(String route) {
    Instant now = clock.instant();
    Instant until = globalUntil;
    String bucket = bucketOfRoute.get(route);
    if (bucket != null) {
      Instant bucketUntil = exhaustedUntil.getOrDefault(bucket, Instant.EPOCH);
      if (bucketUntil.isAfter(until)) {
        until = bucketUntil;
      }
    }
    return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
  }

  /** Records the headers of a response on {@code route}. */
  public void record(String route, HttpHeaders headers) {
    String bucket = headers.firstValue("X-RateLimit-Bucket").orElse(route);
    bucketOfRoute.put(route, bucket);
    long remaining =
        headers.firstValue("X-RateLimit-Remaining").map(RateLimitBuckets::count).orElse(1L);
    Duration resetAfter =
        headers.firstValue("X-RateLimit-Reset-After").map(RateLimitBuckets::seconds).orElse(null);
    if (remaining <= 0 && resetAfter != null) {
      exhaustedUntil.put(bucket, clock.instant().plus(resetAfter));
    } else {
      exhaustedUntil.remove(bucket);
    }
  }

  /** Records a {@code 429}: the route's bucket (or everything, when global) waits {@code retry}. */
  public void recordLimited(String route, boolean global, Duration retry) {
    Instant until = clock.instant().plus(retry);
    if (global) {
      globalUntil = until;
    } else {
      exhaustedUntil.put(bucketOfRoute.getOrDefault(route, route), until);
    }
  }

  private static long count(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return 1L;
    }
  }

  static Duration seconds(String value) {
    try {
      double secs = Double.parseDouble(value.trim());
      return Duration.ofMillis((long) Math.ceil(Math.max(0, secs) * 1000));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }
}
