package dev.polly.api.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitBucketsTest {
  final Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
  final RateLimitBuckets buckets = new RateLimitBuckets(clock);

  static HttpHeaders headers(Map<String, String> values) {
    return HttpHeaders.of(
        values.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
        (a, b) -> true);
  }

  @Test
  void anExhaustedBucketMakesEveryRouteOfThatBucketWait() {
    Map<String, String> exhausted =
        Map.of(
            "X-RateLimit-Bucket",
            "b1",
            "X-RateLimit-Remaining",
            "0",
            "X-RateLimit-Reset-After",
            "1.5");
    buckets.record("GET /guilds/1/roles", headers(exhausted));
    buckets.record("GET /guilds/1/emojis", headers(exhausted));

    assertThat(buckets.waitBefore("GET /guilds/1/roles")).isEqualTo(Duration.ofMillis(1500));
    assertThat(buckets.waitBefore("GET /guilds/2/roles")).isZero();
  }

  @Test
  void aBucketWithRequestsLeftDoesNotWait() {
    buckets.record(
        "GET /guilds/1/roles",
        headers(
            Map.of(
                "X-RateLimit-Bucket",
                "b1",
                "X-RateLimit-Remaining",
                "3",
                "X-RateLimit-Reset-After",
                "9")));

    assertThat(buckets.waitBefore("GET /guilds/1/roles")).isZero();
  }

  @Test
  void aGlobalLimitMakesEveryRouteWait() {
    buckets.recordLimited("GET /guilds/1/roles", true, Duration.ofMillis(300));

    assertThat(buckets.waitBefore("GET /users/@me/guilds")).isEqualTo(Duration.ofMillis(300));
  }

  @Test
  void parsesFractionalSecondsAndToleratesGarbage() {
    assertThat(RateLimitBuckets.seconds("0.25")).isEqualTo(Duration.ofMillis(250));
    assertThat(RateLimitBuckets.seconds("-3")).isZero();
    assertThat(RateLimitBuckets.seconds("soon")).isEqualTo(Duration.ofSeconds(1));
  }
}
