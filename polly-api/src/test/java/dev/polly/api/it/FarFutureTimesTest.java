package dev.polly.api.it;

import static dev.polly.api.support.World.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Times beyond what PostgreSQL can store (after year 294276), and the last year it can, are refused
 * with a 422 naming the field on every way a poll is written: create, import, edit and duplicate.
 * None of them reaches the database (which answered with a 500 before).
 */
class FarFutureTimesTest {
  @RegisterExtension static final RunningApi API = new RunningApi();
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> FAR =
      List.of(
          "+294276-12-31T00:00:00Z",
          "+294277-06-01T00:00:00Z",
          "+300000-01-01T00:00:00Z",
          "+999999999-01-01T00:00:00Z",
          "+300000-01-01T00:00");

  static Http http;
  static String alice;
  static long scheduled;
  static int version;

  @BeforeAll
  static void aScheduledPoll() throws Exception {
    http = API.http();
    alice = Login.as(http, ALICE);
    ObjectNode poll = poll().put("opens_at", Instant.now().plusSeconds(7200).toString());
    Http.Resp created = http.json("POST", "/api/polls", alice, poll.toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    scheduled = created.json().path("id").asLong();
    version = created.json().path("version").asInt();
  }

  @Test
  void farFutureOpenTimesAre422OnEveryEntryPoint() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (String time : FAR) {
      ObjectNode poll = poll().put("opens_at", time);
      check(wrong, "create " + time, "POST", "/api/polls", poll, "opens_at");
      check(wrong, "import " + time, "POST", "/api/polls/import", imported(poll), "poll.opens_at");
      check(wrong, "edit " + time, "PUT", path(""), poll.put("version", version), "opens_at");
      ObjectNode dup = JSON.createObjectNode().put("opens_at", time).put("duration_minutes", 30);
      check(wrong, "duplicate " + time, "POST", path("/duplicate"), dup, "opens_at");
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void farFutureCloseTimesAre422OnEveryEntryPoint() throws Exception {
    List<String> wrong = new ArrayList<>();
    String opens = Instant.now().plusSeconds(3600).toString();
    for (String time : FAR) {
      ObjectNode poll = poll().put("opens_at", opens).put("closes_at", time);
      poll.remove("duration_minutes");
      check(wrong, "create " + time, "POST", "/api/polls", poll, "closes_at");
      check(wrong, "import " + time, "POST", "/api/polls/import", imported(poll), "poll.closes_at");
      check(wrong, "edit " + time, "PUT", path(""), poll.put("version", version), "closes_at");
      ObjectNode dup = JSON.createObjectNode().put("closes_at", time);
      check(wrong, "duplicate " + time, "POST", path("/duplicate"), dup, "closes_at");
    }
    assertThat(wrong).isEmpty();
  }

  private static void check(
      List<String> wrong, String what, String method, String path, ObjectNode body, String field) {
    Http.Resp r = http.json(method, path, alice, body.toString());
    List<String> fields =
        r.isJson() ? r.json().path("errors").findValuesAsText("field") : List.of();
    if (r.status() != 422 || !fields.contains(field)) {
      wrong.add(what + ": " + r.status() + " " + r.body());
    }
  }

  private static String path(String suffix) {
    return "/api/polls/" + scheduled + suffix;
  }

  private static ObjectNode poll() throws Exception {
    return (ObjectNode) JSON.readTree(World.pollJson("Far", false, false));
  }

  private static ObjectNode imported(ObjectNode poll) {
    ObjectNode doc = JSON.createObjectNode().put("format", "polly.poll.v1");
    doc.set("poll", poll.deepCopy());
    return doc;
  }
}
