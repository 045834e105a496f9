package dev.polly.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.api.support.Http;
import dev.polly.api.support.RunningApi;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.testing.ConfigOverride;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /auth/login} and {@code /auth/callback} are limited per client address (3 per minute
 * here): the request over the limit gets a 429 JSON error with {@code Retry-After} and stores no
 * OAuth state; the limit holds with Redis away too (a per-process limiter takes over).
 */
@TestMethodOrder(
    MethodOrderer.OrderAnnotation.class) // the outage leaves this process's limiter used
class AuthRateLimitTest {
  @RegisterExtension
  static final RunningApi API =
      new RunningApi(
          ConfigOverride.config("api.authRateLimit", "3"),
          ConfigOverride.config("api.authRatePeriod", "1m"));

  @AfterAll
  static void stop() {
    TestRedis.get().start();
  }

  @Test
  @Order(1)
  @DisplayName("the 4th login and the 4th callback of a minute get 429 JSON with Retry-After")
  void loginAndCallbackAreLimitedPerAddress() {
    Http http = API.http();
    List<Integer> logins = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      logins.add(http.get("/auth/login", null).status());
    }
    Http.Resp limited = http.get("/auth/login", null);

    assertThat(logins).containsOnly(303);
    assertRateLimited(limited);
    assertThat(limited.all("Set-Cookie")).as("no OAuth state issued").isEmpty();

    List<Integer> callbacks = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      callbacks.add(http.get("/auth/callback?code=c&state=s" + i, null).status());
    }
    assertThat(callbacks).as("the callback has its own budget").containsOnly(400);
    assertRateLimited(http.get("/auth/callback?code=c&state=s", null));
    assertThat(http.get("/api/ping", null).status())
        .as("other paths are not limited")
        .isEqualTo(200);
  }

  @Test
  @Order(2)
  @DisplayName("with Redis away the limit still holds, counted by this process alone")
  void limitHoldsWhileRedisIsAway() {
    Http http = API.http();
    TestRedis.get().stop();
    try {
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        statuses.add(http.get("/auth/callback?code=c&state=down" + i, null).status());
      }
      assertThat(statuses.stream().filter(s -> s != 429)).hasSizeLessThanOrEqualTo(3);
      assertThat(statuses.subList(3, 8)).containsOnly(429);
    } finally {
      TestRedis.get().start();
    }
  }

  private static void assertRateLimited(Http.Resp resp) {
    assertThat(resp.status()).isEqualTo(429);
    assertThat(resp.header("Retry-After")).isEqualTo("60");
    JsonNode body = resp.json();
    assertThat(body.path("code").asText()).isEqualTo("rate_limited");
    assertThat(body.path("message").asText()).isNotBlank();
  }
}
