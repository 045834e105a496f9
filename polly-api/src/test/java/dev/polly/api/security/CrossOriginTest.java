package dev.polly.api.security;

import static dev.polly.api.support.World.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.support.ApiPolls;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import dev.polly.common.testing.TestPostgres;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cross-site request forgery with the session cookie: state-changing requests from origins other
 * than the configured dashboard ({@code https://dash.example} in the test config) are refused with
 * a JSON 403 and change nothing; preflights from them get no CORS grant; the dashboard's own origin
 * works.
 */
class CrossOriginTest {
  @RegisterExtension static final RunningApi API = new RunningApi();
  static final String DASHBOARD = "https://dash.example";
  static final List<String> FOREIGN =
      List.of(
          "https://evil.example",
          "null",
          "http://dash.example",
          "https://dash.example.evil.test",
          "https://dash.example:8443");

  static Http http;
  static String cookie;
  static long pollId;

  @BeforeAll
  static void logIn() {
    http = API.http();
    cookie = Login.as(http, ALICE);
    pollId = ApiPolls.create(http, cookie, "CSRF target", false, false);
    http.json("PUT", "/api/me/preferences", cookie, "{\"timezone\":\"Europe/Paris\"}");
    http.json("PUT", "/api/drafts/csrf", cookie, "{\"v\":1}");
  }

  @Test
  @DisplayName(
      "every state-changing endpoint refuses a foreign Origin with the session cookie, and nothing changes")
  void foreignOriginsCannotChangeState() {
    long pollsBefore = pollCount();
    String p = "/api/polls/" + pollId;
    List<String> failures = new ArrayList<>();
    for (String origin : FOREIGN) {
      for (String[] call : stateChanging(p)) {
        failures.add(attempt(origin, call[0], call[1], call[2]).refusal(http, 403));
      }
    }

    assertThat(failures.stream().filter(Objects::nonNull)).isEmpty();
    assertThat(pollCount()).isEqualTo(pollsBefore);
    assertThat(http.get(p, cookie).json().path("status").asText()).isNotEqualTo("closed");
    assertThat(http.get("/api/me/preferences", cookie).json().path("timezone").asText())
        .isEqualTo("Europe/Paris");
    assertThat(http.get("/api/drafts/csrf", cookie).status()).isEqualTo(200);
    assertThat(http.get("/api/me", cookie).status()).as("logout was refused too").isEqualTo(200);
  }

  @Test
  @DisplayName("a cookie-authenticated form post without JSON content type creates nothing")
  void simpleFormPostCreatesNothing() {
    long before = pollCount();
    HttpRequest form =
        Attempt.h1(http.request("/api/polls", null))
            .header("Cookie", "polly_session=" + cookie)
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(World.pollJson("Form", false, false)))
            .build();

    Http.Resp r = http.send(form);

    assertThat(r.status()).isBetween(400, 499);
    assertThat(pollCount()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "preflights from foreign origins get no CORS grant; the dashboard gets one with credentials")
  void preflightGrantsOnlyTheDashboard() {
    for (String origin : FOREIGN) {
      Http.Resp r = http.send(preflight(origin));
      assertThat(r.header("Access-Control-Allow-Origin")).as(origin).isNull();
      assertThat(r.header("Access-Control-Allow-Credentials")).as(origin).isNull();
    }
    Http.Resp ok = http.send(preflight(DASHBOARD));
    assertThat(ok.header("Access-Control-Allow-Origin")).isEqualTo(DASHBOARD);
    assertThat(ok.header("Access-Control-Allow-Credentials")).isEqualTo("true");
  }

  @Test
  @DisplayName("the dashboard's origin may change state, and a foreign GET gets no CORS grant")
  void dashboardOriginWorks() {
    Http.Resp put =
        http.send(
            withCookie(DASHBOARD, "PATCH", "/api/me/preferences", "{\"timezone\":\"Asia/Tokyo\"}"));
    Http.Resp foreignGet = http.send(withCookie("https://evil.example", "GET", "/api/me", null));

    assertThat(put.status()).isEqualTo(200);
    assertThat(put.header("Access-Control-Allow-Origin")).isEqualTo(DASHBOARD);
    assertThat(foreignGet.header("Access-Control-Allow-Origin")).isNull();
    http.json("PUT", "/api/me/preferences", cookie, "{\"timezone\":\"Europe/Paris\"}");
  }

  private static List<String[]> stateChanging(String p) {
    return List.of(
        new String[] {"POST", "/api/polls", World.pollJson("Forged", false, false)},
        new String[] {"PUT", p, "{}"},
        new String[] {"DELETE", p, null},
        new String[] {"POST", p + "/close", null},
        new String[] {"POST", p + "/reopen", "{\"duration_minutes\":5}"},
        new String[] {"POST", p + "/duplicate", "{}"},
        new String[] {"POST", "/api/polls/import", "{}"},
        new String[] {"PUT", "/api/me/preferences", "{\"timezone\":\"Asia/Tokyo\"}"},
        new String[] {"PATCH", "/api/me/preferences", "{\"timezone\":\"Asia/Tokyo\"}"},
        new String[] {"PUT", "/api/drafts/csrf", "{\"v\":2}"},
        new String[] {"DELETE", "/api/drafts/csrf", null},
        new String[] {"POST", "/auth/logout", null});
  }

  private static Attempt attempt(String origin, String method, String path, String body) {
    return new Attempt(origin + " " + method + " " + path, withCookie(origin, method, path, body));
  }

  private static HttpRequest withCookie(String origin, String method, String path, String body) {
    HttpRequest.Builder b =
        Attempt.h1(http.request(path, null))
            .header("Cookie", "polly_session=" + cookie)
            .header("Origin", origin);
    if (body == null) {
      return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return b.header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static HttpRequest preflight(String origin) {
    return Attempt.h1(http.request("/api/polls", null))
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .build();
  }

  private static long pollCount() {
    return TestPostgres.get()
        .jdbi()
        .withHandle(h -> h.createQuery("SELECT count(*) FROM polls").mapTo(Long.class).one());
  }
}
