package dev.polly.api.it;

import static dev.polly.api.support.World.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.api.support.ApiPolls;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import dev.polly.common.testing.TestPostgres;
import dev.polly.common.testing.TestRedis;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Redis and PostgreSQL stopped under a running API, then started again. */
class OutageIT {
  @RegisterExtension static final RunningApi API = new RunningApi();

  /** Bound for one call while a dependency is down (the issue asks that calls stay fast). */
  static final Duration FAST = Duration.ofMillis(1000);

  static final java.util.Map<String, Long> MILLIS =
      new java.util.concurrent.ConcurrentSkipListMap<>();

  static Http.Resp timed(String what, Supplier<Http.Resp> call) {
    long start = System.nanoTime();
    Http.Resp r = call.get();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    MILLIS.put(what, took.toMillis());
    assertThat(took).as(what + " took " + took.toMillis() + " ms").isLessThan(FAST);
    return r;
  }

  @Test
  @DisplayName(
      "with Redis stopped every endpoint still answers correctly and fast, /health says degraded, and the cache comes back")
  void servesThroughARedisOutage() {
    Http http = API.http();
    String alice = Login.as(http, ALICE);
    http.json("PUT", "/api/me/preferences", alice, "{\"timezone\":\"Europe/Rome\"}");
    long pollId = ApiPolls.create(http, alice, "During", false, false);
    TestPostgres.get().database().votes().toggle(pollId, 1L, 0);
    http.get("/api/polls/" + pollId + "/results", alice);

    TestRedis.get().stop();
    try {
      assertThat(timed("me", () -> http.get("/api/me", alice)).status()).isEqualTo(200);
      assertThat(
              timed("prefs", () -> http.get("/api/me/preferences", alice))
                  .json()
                  .path("timezone")
                  .asText())
          .isEqualTo("Europe/Rome");
      assertThat(
              timed(
                      "put prefs",
                      () ->
                          http.json(
                              "PUT",
                              "/api/me/preferences",
                              alice,
                              "{\"timezone\":\"Europe/Oslo\"}"))
                  .status())
          .isEqualTo(200);
      assertThat(
              timed("prefs again", () -> http.get("/api/me/preferences", alice))
                  .json()
                  .path("timezone")
                  .asText())
          .isEqualTo("Europe/Oslo");
      assertThat(
              timed("guilds", () -> http.get("/api/guilds", alice)).json().findValuesAsText("id"))
          .containsExactly(Long.toString(G1), Long.toString(World.G3));
      assertThat(
              timed("channels", () -> http.get("/api/guilds/" + G1 + "/channels", alice)).status())
          .isEqualTo(200);
      Http.Resp created =
          timed(
              "create",
              () -> http.json("POST", "/api/polls", alice, World.pollJson("Outage", false, false)));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      assertThat(timed("list", () -> http.get("/api/polls?guild=" + G1, alice)).status())
          .isEqualTo(200);
      TestPostgres.get().database().votes().toggle(pollId, 2L, 1);
      assertThat(
              timed("results", () -> http.get("/api/polls/" + pollId + "/results", alice))
                  .json()
                  .path("total_votes")
                  .asLong())
          .isEqualTo(2);
      assertThat(
              timed("close", () -> http.json("POST", "/api/polls/" + pollId + "/close", alice, ""))
                  .status())
          .isEqualTo(200);
      assertThat(
              timed(
                      "reopen",
                      () ->
                          http.json(
                              "POST",
                              "/api/polls/" + pollId + "/reopen",
                              alice,
                              "{\"duration_minutes\":10}"))
                  .status())
          .isEqualTo(200);
      assertThat(
              timed(
                      "duplicate",
                      () -> http.json("POST", "/api/polls/" + pollId + "/duplicate", alice, ""))
                  .status())
          .isEqualTo(201);
      assertThat(
              timed("export.json", () -> http.get("/api/polls/" + pollId + "/export.json", alice))
                  .json()
                  .path("votes")
                  .size())
          .isEqualTo(2);
      assertThat(
              timed("export.csv", () -> http.get("/api/polls/" + pollId + "/export.csv", alice))
                  .status())
          .isEqualTo(200);
      assertThat(timed("roles", () -> http.get("/api/guilds/" + G1 + "/roles", alice)).status())
          .isEqualTo(200);
      assertThat(timed("emojis", () -> http.get("/api/guilds/" + G1 + "/emojis", alice)).status())
          .isEqualTo(200);
      // not timed: swagger builds the document lazily on first use, which has nothing to do with
      // Redis
      assertThat(http.get("/openapi.json", null).status()).isEqualTo(200);
      Http.Resp health = timed("health", () -> http.get("/health", null));
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.json().path("status").asText()).isEqualTo("degraded");
      assertThat(health.json().path("redis").path("connected").asBoolean()).isFalse();
      // drafts live only in Redis: saving one is refused honestly (503 JSON), never a false 200
      Http.Resp draft =
          timed("draft", () -> http.json("PUT", "/api/drafts/outage", alice, "{\"t\":1}"));
      assertThat(draft.status()).as(draft.body()).isEqualTo(503);
      assertThat(draft.json().path("code").asText()).isEqualTo("store_unavailable");
      // a new login works: the signed state cookie stands in for the Redis copy
      String bob = Login.as(http, BOB);
      assertThat(timed("bob", () -> http.get("/api/me", bob)).status()).isEqualTo(200);
    } finally {
      TestRedis.get().start();
      System.out.println("Per-call latency with Redis down (ms): " + MILLIS);
    }

    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> "healthy".equals(http.get("/health", null).json().path("status").asText()));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              long hits = API.count("polly.cache.user_prefs.hit");
              http.get("/api/me/preferences", alice);
              http.get("/api/me/preferences", alice);
              assertThat(API.count("polly.cache.user_prefs.hit")).isGreaterThan(hits);
            });
    assertThat(http.get("/api/me/preferences", alice).json().path("timezone").asText())
        .isEqualTo("Europe/Oslo");
  }

  @Test
  @DisplayName(
      "with PostgreSQL stopped /health is 503 and data endpoints answer 503 JSON; both recover without a restart")
  void answers503WithoutPostgresAndRecovers() {
    Http http = API.http();
    String alice = Login.as(http, ALICE);
    long pollId = ApiPolls.create(http, alice, "Before", false, false);

    TestPostgres.get().stop();
    try {
      Http.Resp health = http.get("/health", null);
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.json().path("status").asText()).isEqualTo("unhealthy");
      assertThat(health.json().path("database").path("connected").asBoolean()).isFalse();
      for (Http.Resp r :
          new Http.Resp[] {
            http.get("/api/polls?guild=" + G1, alice),
            http.get("/api/polls/" + pollId, alice),
            http.json("POST", "/api/polls", alice, World.pollJson("During", false, false)),
            http.json("PUT", "/api/me/preferences", alice, "{\"timezone\":\"UTC\"}")
          }) {
        assertThat(r.status()).as(r.body()).isEqualTo(503);
        assertThat(r.json().path("code").asText()).isEqualTo("database_unavailable");
      }
    } finally {
      TestPostgres.get().start();
    }

    await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/health", null).status() == 200);
    assertThat(http.get("/api/polls/" + pollId, alice).status()).isEqualTo(200);
    assertThat(http.get("/api/polls?guild=" + G1, alice).status()).isEqualTo(200);
  }
}
