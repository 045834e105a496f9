package dev.polly.api.it;

import static dev.polly.api.support.World.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.fuzz.ErrorBodies;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import dev.polly.common.testing.TestPostgres;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Creating a poll under an {@code Idempotency-Key}: a client whose answer got lost sends the same
 * request again and gets the poll the first one stored, never a second poll.
 */
class IdempotentCreateIT {
  @RegisterExtension static final RunningApi API = new RunningApi();

  Http http;
  String alice;

  @BeforeEach
  void login() {
    http = API.http();
    alice = Login.as(http, ALICE);
  }

  @Test
  @DisplayName("the same request with the same key twice stores one poll and answers it twice")
  void aRepeatedCreationReturnsTheFirstPoll() {
    String key = UUID.randomUUID().toString();
    String body = World.pollJson("Idem once", false, false);

    Http.Resp first = create("/api/polls", key, body);
    Http.Resp again = create("/api/polls", key, body);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(again.status()).as(again.body()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.json().path("id").asText()).isEqualTo(first.json().path("id").asText());
    assertThat(polls("Idem once")).isEqualTo(1);
  }

  @Test
  @DisplayName("without a key every request is a new poll")
  void withoutAKeyEachRequestCreates() {
    String body = World.pollJson("Idem none", false, false);

    assertThat(http.json("POST", "/api/polls", alice, body).status()).isEqualTo(201);
    assertThat(http.json("POST", "/api/polls", alice, body).status()).isEqualTo(201);

    assertThat(polls("Idem none")).isEqualTo(2);
  }

  @Test
  @DisplayName("a key used for another request is a 422 naming Idempotency-Key; nothing is stored")
  void aKeyReusedForAnotherRequestIsRefused() {
    String key = UUID.randomUUID().toString();
    assertThat(create("/api/polls", key, World.pollJson("Idem A", false, false)).status())
        .isEqualTo(201);

    Http.Resp other = create("/api/polls", key, World.pollJson("Idem B", false, false));

    assertThat(other.status()).as(other.body()).isEqualTo(422);
    assertThat(other.json().path("errors").get(0).path("field").asText())
        .isEqualTo("Idempotency-Key");
    assertThat(polls("Idem B")).isZero();
  }

  @Test
  @DisplayName("a malformed key is a 400 JSON error and stores nothing")
  void aMalformedKeyIsRefused() {
    for (String bad : List.of("x".repeat(101), "two words")) {
      Http.Resp resp = create("/api/polls", bad, World.pollJson("Idem bad", false, false));

      assertThat(resp.status()).as(bad).isEqualTo(400);
      assertThat(ErrorBodies.isJsonError("application/json", resp.body())).isTrue();
      assertThat(resp.json().path("message").asText()).contains("Idempotency-Key");
    }
    assertThat(polls("Idem bad")).isZero();
  }

  @Test
  @DisplayName("eight simultaneous requests with one key store one poll and all answer it")
  void simultaneousRepeatsStoreOnePoll() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = World.pollJson("Idem race", false, false);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Http.Resp>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(() -> create("/api/polls", key, body)));
      }
      List<String> ids = new ArrayList<>();
      for (Future<Http.Resp> answer : answers) {
        Http.Resp resp = answer.get();
        assertThat(resp.status()).as(resp.body()).isEqualTo(201);
        ids.add(resp.json().path("id").asText());
      }
      assertThat(ids).containsOnly(ids.get(0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(polls("Idem race")).isEqualTo(1);
  }

  @Test
  @DisplayName("a duplicate sent twice with one key makes one copy")
  void aRepeatedDuplicateCopiesOnce() {
    Http.Resp original = create("/api/polls", null, World.pollJson("Idem copy", false, false));
    String path = "/api/polls/" + original.json().path("id").asText() + "/duplicate";
    String key = UUID.randomUUID().toString();

    Http.Resp copy = create(path, key, "{}");
    Http.Resp again = create(path, key, "{}");

    assertThat(copy.status()).as(copy.body()).isEqualTo(201);
    assertThat(again.json().path("id").asText()).isEqualTo(copy.json().path("id").asText());
    assertThat(polls("Idem copy")).isEqualTo(2);
  }

  private Http.Resp create(String path, String key, String body) {
    HttpRequest.Builder request =
        http.request(path, alice)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return http.send(request.build());
  }

  private static long polls(String title) {
    return TestPostgres.get()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT count(*) FROM polls WHERE title = :t")
                    .bind("t", title)
                    .mapTo(Long.class)
                    .one());
  }
}
