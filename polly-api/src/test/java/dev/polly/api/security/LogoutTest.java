package dev.polly.api.security;

import static dev.polly.api.support.World.ALICE;
import static dev.polly.api.support.World.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Logout ends every session the request presents: a request carrying both a session cookie and a
 * Bearer token ends both, since the response clears the cookie in the browser either way.
 */
class LogoutTest {
  @RegisterExtension static final RunningApi API = new RunningApi();

  @Test
  @DisplayName("a logout with both a cookie and a Bearer token ends both sessions")
  void logoutWithCookieAndBearerEndsBoth() {
    Http http = API.http();
    String viaCookie = Login.as(http, ALICE);
    String viaBearer = Login.as(http, BOB);
    assertThat(meWithCookie(http, viaCookie)).isEqualTo(200);
    assertThat(http.get("/api/me", viaBearer).status()).isEqualTo(200);

    HttpRequest logout =
        http.request("/auth/logout", viaBearer)
            .header("Cookie", "polly_session=" + viaCookie)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    Http.Resp r = http.send(logout);

    assertThat(r.status()).isEqualTo(204);
    assertThat(r.all("Set-Cookie"))
        .anyMatch(c -> c.startsWith("polly_session=") && c.contains("Max-Age=0"));
    assertThat(http.get("/api/me", viaBearer).status()).isEqualTo(401);
    assertThat(meWithCookie(http, viaCookie)).isEqualTo(401);
  }

  @Test
  @DisplayName("a logout with only a cookie ends that session and leaves others alone")
  void logoutWithCookieOnlyEndsThatSession() {
    Http http = API.http();
    String mine = Login.as(http, ALICE);
    String other = Login.as(http, ALICE);

    HttpRequest logout =
        http.request("/auth/logout", null)
            .header("Cookie", "polly_session=" + mine)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    assertThat(http.send(logout).status()).isEqualTo(204);

    assertThat(meWithCookie(http, mine)).isEqualTo(401);
    assertThat(http.get("/api/me", other).status()).isEqualTo(200);
  }

  private static int meWithCookie(Http http, String token) {
    return http.send(
            http.request("/api/me", null).header("Cookie", "polly_session=" + token).GET().build())
        .status();
  }
}
