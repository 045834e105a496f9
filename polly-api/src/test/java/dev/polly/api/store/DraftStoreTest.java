package dev.polly.api.store;

import static dev.polly.api.support.World.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.common.testing.TestRedis;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redisson.client.codec.StringCodec;

/**
 * Issues #12.4 and #12.9: drafts live only in Redis, so no cache recovery may delete them, and
 * while Redis is away reading one answers 503 {@code store_unavailable}, not 404.
 */
class DraftStoreTest {
  @RegisterExtension static final RunningApi API = new RunningApi();

  @Test
  @DisplayName("a Redis stall plus one anonymous request does not delete anybody's drafts")
  void draftsSurviveARedisStallAndTheCacheRecoveryAfterIt() {
    RedisRecovery.awaitInUse(API.app()); // after another test's outage
    Http http = API.http();
    String alice = Login.as(http, ALICE);
    assertThat(http.json("PUT", "/api/drafts/stall", alice, "{\"title\":\"kept\"}").status())
        .isEqualTo(200);
    // a cached entry of the session region, to see when recovery has cleared that region
    String cached = "polly:v1:session:marker-" + UUID.randomUUID();
    TestRedis.get().admin().getBucket(cached, StringCodec.INSTANCE).set("{}");

    // WHEN Redis stalls and one anonymous request misses a write to the session region
    TestRedis.get().stop();
    try {
      HttpRequest logout =
          http.request("/auth/logout", null)
              .header("Cookie", "polly_session=not-a-session")
              .POST(HttpRequest.BodyPublishers.noBody())
              .build();
      assertThat(http.send(logout).status()).isEqualTo(204);
    } finally {
      TestRedis.get().start();
    }

    // THEN the session region is cleared after Redis returns, and the draft is still there
    RedisRecovery.awaitInUse(API.app());
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> TestRedis.get().admin().getKeys().countExists(cached) == 0);
    Http.Resp draft = http.get("/api/drafts/stall", alice);
    assertThat(draft.status()).as(draft.body()).isEqualTo(200);
    assertThat(draft.json().path("data").path("title").asText()).isEqualTo("kept");
  }

  @Test
  @DisplayName(
      "reading, saving or deleting a draft while Redis is down answers 503 store_unavailable")
  void draftsAnswer503WhileRedisIsDown() {
    RedisRecovery.awaitInUse(API.app()); // after another test's outage
    Http http = API.http();
    String alice = Login.as(http, ALICE);
    assertThat(http.json("PUT", "/api/drafts/outage", alice, "{\"t\":1}").status()).isEqualTo(200);

    TestRedis.get().stop();
    try {
      for (Http.Resp r :
          new Http.Resp[] {
            http.get("/api/drafts/outage", alice),
            http.get("/api/drafts/never-saved", alice),
            http.json("PUT", "/api/drafts/outage", alice, "{\"t\":2}"),
            http.json("DELETE", "/api/drafts/outage", alice, "")
          }) {
        assertThat(r.status()).as(r.body()).isEqualTo(503);
        assertThat(r.json().path("code").asText()).isEqualTo("store_unavailable");
      }
    } finally {
      TestRedis.get().start();
    }

    RedisRecovery.awaitInUse(API.app());
    Http.Resp draft = http.get("/api/drafts/outage", alice);
    assertThat(draft.status()).as(draft.body()).isEqualTo(200);
    assertThat(draft.json().path("data").path("t").asInt()).isEqualTo(1);
  }
}
