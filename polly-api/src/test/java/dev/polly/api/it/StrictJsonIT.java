package dev.polly.api.it;

import static dev.polly.api.support.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Request bodies are read strictly: a value of the wrong JSON type is refused instead of coerced, a
 * key given twice is refused instead of the last one winning, and a lone UTF-16 surrogate is
 * refused instead of being stored as {@code ?}. Each answer is a 422 naming the field.
 */
class StrictJsonIT {
  @RegisterExtension static final RunningApi API = new RunningApi();
  static Http http;
  static String alice;

  @BeforeAll
  static void login() {
    http = API.http();
    alice = Login.as(http, ALICE);
  }

  /** A valid poll body with {@code field}'s value replaced by raw {@code json} (or added). */
  static String poll(String field, String json) {
    String base = World.pollJson("T", false, false);
    String needle = "\"" + field + "\":";
    int at = base.indexOf(needle);
    if (at < 0) {
      return base.substring(0, base.length() - 1) + ",\"" + field + "\":" + json + "}";
    }
    int end = at + needle.length();
    int stop = end;
    if (base.charAt(end) == '"') {
      stop = base.indexOf('"', end + 1) + 1;
    } else if (base.charAt(end) == '[') {
      stop = base.indexOf(']', end) + 1;
    } else {
      while (base.charAt(stop) != ',' && base.charAt(stop) != '}') {
        stop++;
      }
    }
    return base.substring(0, end) + json + base.substring(stop);
  }

  @Test
  @DisplayName("the base body is accepted, so each refusal below is down to its one change")
  void baseBodyIsAccepted() {
    assertThat(http.json("POST", "/api/polls", alice, poll("max_choices", "2")).status())
        .isEqualTo(201);
  }

  @Test
  @DisplayName("a float, a numeric string or an empty string where a whole number belongs is 422")
  void refusesNonIntegersForIntegerFields() {
    List<String> failures = new ArrayList<>();
    expect422(failures, poll("max_choices", "1.5"), "max_choices");
    expect422(failures, poll("max_choices", "2.0"), "max_choices");
    expect422(failures, poll("max_choices", "\"2\""), "max_choices");
    expect422(failures, poll("duration_minutes", "\"60\""), "duration_minutes");
    expect422(failures, poll("duration_minutes", "6e1"), "duration_minutes");
    expect422(failures, poll("max_choices", "\"\""), "max_choices");
    assertThat(failures).isEmpty();
  }

  @Test
  @DisplayName("a number where a snowflake string belongs is 422 naming the field")
  void refusesNumericSnowflakes() {
    List<String> failures = new ArrayList<>();
    expect422(failures, poll("guild_id", String.valueOf(G1)), "guild_id");
    expect422(failures, poll("channel_id", String.valueOf(G1_TEXT)), "channel_id");
    expect422(failures, poll("title", "true"), "title");
    assertThat(failures).isEmpty();
    Http.Resp prefs =
        http.json("PUT", "/api/me/preferences", alice, "{\"last_guild_id\":" + G1 + "}");
    assertThat(prefs.status()).isEqualTo(422);
    assertThat(fields(prefs)).contains("last_guild_id");
  }

  @Test
  @DisplayName("a string or a number where a boolean belongs is 422")
  void refusesNonBooleansForBooleanFields() {
    List<String> failures = new ArrayList<>();
    expect422(failures, poll("anonymous", "\"true\""), "anonymous");
    expect422(failures, poll("anonymous", "1"), "anonymous");
    assertThat(failures).isEmpty();
  }

  @Test
  @DisplayName("a key given twice is 422 naming the key, wherever it is")
  void refusesDuplicateKeys() {
    List<String> failures = new ArrayList<>();
    expect422(failures, poll("max_choices", "1,\"max_choices\":2"), "max_choices");
    String options = "[{\"label\":\"A\",\"label\":\"B\"},{\"label\":\"C\"}]";
    expect422(failures, poll("options", options), "options[0].label");
    assertThat(failures).isEmpty();
    Http.Resp prefs =
        http.json(
            "PUT",
            "/api/me/preferences",
            alice,
            "{\"timezone\":\"UTC\",\"timezone\":\"Europe/Paris\"}");
    assertThat(prefs.status()).isEqualTo(422);
    assertThat(fields(prefs)).contains("timezone");
  }

  @Test
  @DisplayName("a lone surrogate in text is 422, never stored as '?'")
  void refusesLoneSurrogates() {
    List<String> failures = new ArrayList<>();
    expect422(failures, poll("title", "\"A\\ud800B\""), "title");
    expect422(failures, poll("question", "\"Q\\udc00\""), "question");
    String options = "[{\"label\":\"A\\ud83d\"},{\"label\":\"C\"}]";
    expect422(failures, poll("options", options), "options[0].label");
    assertThat(failures).isEmpty();
    // a well-formed pair (an emoji) is still fine
    Http.Resp ok = http.json("POST", "/api/polls", alice, poll("title", "\"Vote \\ud83d\\udd35\""));
    assertThat(ok.status()).isEqualTo(201);
    assertThat(ok.json().path("title").asText()).isEqualTo("Vote 🔵");
  }

  private static void expect422(List<String> failures, String body, String field) {
    Http.Resp r = http.json("POST", "/api/polls", alice, body);
    if (r.status() != 422) {
      failures.add(field + ": expected 422, got " + r.status() + " for " + body);
    } else if (!fields(r).contains(field)) {
      failures.add(field + ": 422 does not name the field: " + r.body());
    }
  }

  private static List<String> fields(Http.Resp r) {
    List<String> names = new ArrayList<>();
    for (JsonNode e : r.json().path("errors")) {
      names.add(e.path("field").asText());
    }
    return names;
  }
}
