package dev.polly.api.web;

import static dev.polly.api.support.World.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every answer of the application port carries {@code nosniff} and {@code X-Frame-Options: DENY};
 * per-user answers ({@code /api/**} including exports, and {@code /auth/**}) also carry {@code
 * Cache-Control: no-store}, errors included.
 */
class SecurityHeadersTest {
  @RegisterExtension static final RunningApi API = new RunningApi();

  @Test
  @DisplayName("API answers, exports and errors are never stored and never sniffed or framed")
  void privateAnswersCarryNoStoreAndTheSecurityHeaders() {
    Http http = API.http();
    String alice = Login.as(http, ALICE);
    Http.Resp created =
        http.json("POST", "/api/polls", alice, World.pollJson("Headers", false, false));
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().path("id").asText();

    List<Http.Resp> answers =
        List.of(
            http.get("/api/me", alice),
            http.get("/api/polls/" + id + "/export.csv", alice),
            http.get("/api/polls/" + id + "/export.json", alice),
            http.get("/api/me", null),
            http.get("/api/polls/999999999", alice),
            http.get("/auth/options", null));

    for (Http.Resp answer : answers) {
      assertThat(answer.header("Cache-Control")).as(answer.body()).isEqualTo("no-store");
      assertSecurityHeaders(answer);
    }
    assertThat(answers.get(1).status()).isEqualTo(200);
    assertThat(answers.get(3).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("public answers and unknown paths carry nosniff and DENY too, without no-store")
  void everyAnswerCarriesTheSecurityHeaders() {
    Http http = API.http();

    Http.Resp health = http.get("/health", null);
    Http.Resp unknown = http.get("/no-such-page", null);

    assertSecurityHeaders(health);
    assertSecurityHeaders(unknown);
    assertThat(health.header("Cache-Control")).isNotEqualTo("no-store");
  }

  private static void assertSecurityHeaders(Http.Resp answer) {
    assertThat(answer.header("X-Content-Type-Options")).as(answer.body()).isEqualTo("nosniff");
    assertThat(answer.header("X-Frame-Options")).as(answer.body()).isEqualTo("DENY");
  }
}
