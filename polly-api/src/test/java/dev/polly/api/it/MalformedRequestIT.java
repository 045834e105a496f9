package dev.polly.api.it;

import static dev.polly.api.support.World.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The exact JSON errors of malformed ids and missing bodies: the typed id parameters and the
 * {@code @Valid} bodies answer with the project's error body, naming the parameter or field, and
 * authentication is checked before either.
 */
class MalformedRequestIT {
  @RegisterExtension static final RunningApi API = new RunningApi();
  static Http http;
  static String alice;

  @BeforeAll
  static void login() {
    http = API.http();
    alice = Login.as(http, ALICE);
  }

  @Test
  @DisplayName("a malformed poll id, guild id or guild filter is 400 bad_parameter naming it")
  void malformedIdsNameTheParameter() {
    expectBadParameter(http.get("/api/polls/abc", alice), "poll id");
    expectBadParameter(http.get("/api/polls/-1/results", alice), "poll id");
    expectBadParameter(http.get("/api/polls/99999999999999999999999", alice), "poll id");
    expectBadParameter(http.get("/api/guilds/notanid/channels", alice), "guild id");
    expectBadParameter(http.get("/api/polls?guild=xyz", alice), "guild");
    expectBadParameter(http.json("POST", "/api/polls/0/close", alice, "{}"), "poll id");
  }

  @Test
  @DisplayName("a malformed id without a session is 401 unauthenticated, not a parameter error")
  void sessionIsCheckedBeforeTheId() {
    Http.Resp r = http.get("/api/polls/abc", null);
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.json().path("code").asText()).isEqualTo("unauthenticated");
  }

  @Test
  @DisplayName(
      "a create, edit, reopen, import or preferences request whose body is null is 422 naming body")
  void nullBodiesAreRefusedNamingTheBody() {
    String[][] requests = {
      {"POST", "/api/polls"},
      {"PUT", "/api/polls/1"},
      {"POST", "/api/polls/1/reopen"},
      {"POST", "/api/polls/import"},
      {"PUT", "/api/me/preferences"},
      {"PATCH", "/api/me/preferences"}
    };
    for (String[] request : requests) {
      Http.Resp r = http.json(request[0], request[1], alice, "null");
      String what = request[0] + " " + request[1];
      assertThat(r.status()).as(what).isEqualTo(422);
      assertThat(r.json().path("code").asText()).as(what).isEqualTo("validation_failed");
      assertThat(r.json().path("errors").get(0).path("field").asText()).as(what).isEqualTo("body");
      assertThat(r.json().path("errors").get(0).path("message").asText())
          .as(what)
          .isEqualTo("a JSON object is required");
      assertThat(r.json().path("errors")).as(what).hasSize(1);
    }
  }

  private static void expectBadParameter(Http.Resp r, String name) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().path("code").asText()).isEqualTo("bad_parameter");
    assertThat(r.json().path("message").asText())
        .isEqualTo(name + " must be a positive id (digits only)");
  }
}
