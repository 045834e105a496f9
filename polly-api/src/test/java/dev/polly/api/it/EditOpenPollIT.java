package dev.polly.api.it;

import static dev.polly.api.support.World.ALICE;
import static dev.polly.api.support.World.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import dev.polly.common.events.PollChanged;
import dev.polly.common.events.PollyEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code PUT /api/polls/{id}} on an open poll: title, question, close time and reminder always
 * change, the options only until the first vote; everything else stays, and refusals are JSON.
 */
class EditOpenPollIT {
  @RegisterExtension static final RunningApi API = new RunningApi();

  Http http;
  String alice;

  @BeforeEach
  void login() {
    http = API.http();
    alice = Login.as(http, ALICE);
  }

  @Test
  @DisplayName(
      "an open poll gets a new title, question and later close; new options until the first vote,"
          + " then 409 has_votes; the bot is told to refresh the message")
  void editsAnOpenPoll() throws Exception {
    List<PollyEvent> seen = new CopyOnWriteArrayList<>();
    AutoCloseable subscription = API.backends().events().subscribe(seen::add);
    JsonNode poll = create(World.pollJson("Lunch", false, false));
    long id = poll.path("id").asLong();
    Instant opens = Instant.parse(poll.path("opens_at").asText());

    Http.Resp edited =
        put(
            id,
            body("Team lunch", "Where now?", "[\"Red\",\"Blue\",\"Green\"]", 120) + version(poll));
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    JsonNode after = edited.json();
    assertThat(after.path("title").asText()).isEqualTo("Team lunch");
    assertThat(after.path("question").asText()).isEqualTo("Where now?");
    assertThat(Instant.parse(after.path("closes_at").asText()))
        .isEqualTo(opens.plus(Duration.ofMinutes(120)));
    assertThat(after.path("status").asText()).isEqualTo("active");
    assertThat(after.path("version").asInt()).isGreaterThan(poll.path("version").asInt());
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                seen.stream()
                    .anyMatch(
                        e ->
                            e instanceof PollChanged c
                                && c.pollId() == id
                                && c.kind() == PollChanged.Kind.UPDATED));
    subscription.close();

    Http.Resp newOptions =
        put(id, body("Team lunch", "Where now?", "[\"Tacos\",\"Ramen\"]", 120) + version(after));
    assertThat(newOptions.status()).as(newOptions.body()).isEqualTo(200);
    assertThat(labels(newOptions.json())).containsExactly("Tacos", "Ramen");

    API.backends().votes().toggle(id, 4242L, 0);
    JsonNode voted = newOptions.json();
    Http.Resp refused =
        put(id, body("Team lunch", "Where now?", "[\"Tacos\",\"Pizza\"]", 120) + version(voted));
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.json().path("code").asText()).isEqualTo("has_votes");
    assertThat(labels(http.get("/api/polls/" + id, alice).json()))
        .containsExactly("Tacos", "Ramen");

    Http.Resp sameOptions =
        put(id, body("Final lunch", "Where now?", "[\"Tacos\",\"Ramen\"]", 30) + version(voted));
    assertThat(sameOptions.status()).as(sameOptions.body()).isEqualTo(200);
    assertThat(sameOptions.json().path("title").asText()).isEqualTo("Final lunch");
    assertThat(Instant.parse(sameOptions.json().path("closes_at").asText()))
        .as("shortened")
        .isEqualTo(opens.plus(Duration.ofMinutes(30)));
    assertThat(API.backends().votes().countsByPosition(id)).containsEntry(0, 1L);
  }

  @Test
  @DisplayName(
      "a close in the past, a fixed field, a stale version, a closed poll and another user's poll"
          + " are refused with JSON errors")
  void refusesWhatAnOpenPollCannotBecome() {
    JsonNode poll = create(World.pollJson("Fixed", false, false));
    long id = poll.path("id").asLong();
    String options = "[\"Red\",\"Blue\",\"Green\"]";

    Http.Resp past =
        put(
            id,
            body("Fixed", "Which?", options, 60)
                    .replace(
                        "\"duration_minutes\":60",
                        "\"closes_at\":\"" + Instant.now().minusSeconds(60) + "\"")
                + version(poll));
    assertThat(past.status()).as(past.body()).isEqualTo(422);
    assertThat(past.body()).contains("\"closes_at\"");

    Http.Resp fixed =
        put(
            id,
            body("Fixed", "Which?", options, 60)
                    .replaceFirst(
                        "\\{", "{\"anonymous\":true,\"max_choices\":1,\"kind\":\"ranked\",")
                + version(poll));
    assertThat(fixed.status()).as(fixed.body()).isEqualTo(422);
    assertThat(fixed.body())
        .contains("\"anonymous\"")
        .contains("\"max_choices\"")
        .contains("\"kind\"")
        .contains("cannot change once the poll is open");

    Http.Resp stale =
        put(
            id,
            body("Fixed", "Which?", options, 90)
                + ",\"version\":"
                + (poll.path("version").asInt() + 100)
                + "}");
    assertThat(stale.status()).as(stale.body()).isEqualTo(409);
    assertThat(stale.json().path("code").asText()).isEqualTo("stale_version");

    String bob = Login.as(http, BOB);
    Http.Resp foreign =
        http.json(
            "PUT", "/api/polls/" + id, bob, body("Mine", "Which?", options, 90) + version(poll));
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(http.get("/api/polls/" + id, alice).json().path("title").asText())
        .isEqualTo("Fixed");

    JsonNode closed = http.json("POST", "/api/polls/" + id + "/close", alice, "").json();
    Http.Resp afterClose = put(id, body("Fixed", "Which?", options, 90) + version(closed));
    assertThat(afterClose.status()).as(afterClose.body()).isEqualTo(409);
    assertThat(afterClose.json().path("code").asText()).isEqualTo("poll_closed");
  }

  @Test
  @DisplayName(
      "remind_before_minutes is stored and shown, must be shorter than the poll, and can be"
          + " changed or removed while the poll is open")
  void remindBeforeMinutes() {
    String json = World.pollJson("Remind", false, false);
    JsonNode poll = create(json.substring(0, json.length() - 1) + ",\"remind_before_minutes\":30}");
    assertThat(poll.path("remind_before_minutes").asInt()).isEqualTo(30);

    Http.Resp tooLong =
        http.json(
            "POST",
            "/api/polls",
            alice,
            json.substring(0, json.length() - 1) + ",\"remind_before_minutes\":60}");
    assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(422);
    assertThat(tooLong.body()).contains("\"remind_before_minutes\"");

    long id = poll.path("id").asLong();
    String options = "[\"Red\",\"Blue\",\"Green\"]";
    Http.Resp changed =
        put(
            id,
            body("Remind", "Which?", options, 60)
                    .replaceFirst("\\{", "{\"remind_before_minutes\":10,")
                + version(poll));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("remind_before_minutes").asInt()).isEqualTo(10);

    Http.Resp removed = put(id, body("Remind", "Which?", options, 60) + version(changed.json()));
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    assertThat(removed.json().path("remind_before_minutes").isNull()).isTrue();
  }

  private JsonNode create(String json) {
    Http.Resp created = http.json("POST", "/api/polls", alice, json);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  private Http.Resp put(long id, String json) {
    return http.json("PUT", "/api/polls/" + id, alice, json);
  }

  /** An edit body without its closing brace: title, question, options, duration_minutes. */
  private static String body(String title, String question, String labels, int minutes) {
    return "{\"guild_id\":\""
        + World.G1
        + "\",\"title\":\""
        + title
        + "\",\"question\":\""
        + question
        + "\",\"options\":"
        + optionsJson(labels)
        + ",\"duration_minutes\":"
        + minutes;
  }

  private static String optionsJson(String labels) {
    return labels.replaceAll("\"([^\",\\[\\]]+)\"", "{\"label\":\"$1\"}");
  }

  private static String version(JsonNode poll) {
    return ",\"version\":" + poll.path("version").asInt() + "}";
  }

  private static List<String> labels(JsonNode poll) {
    return poll.path("options").findValuesAsText("label");
  }
}
