package dev.polly.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Logs a fake-Discord user in through the real OAuth endpoints and returns the session token. */
public final class Login {
  private Login() {}

  /** The state sent to Discord and the state cookie set by {@code /auth/login}. */
  public record Started(String state, String stateCookie) {}

  public static Started start(Http http) {
    Http.Resp login = http.get("/auth/login", null);
    assertThat(login.status()).isEqualTo(303);
    URI location = URI.create(login.header("Location"));
    assertThat(location.getRawQuery())
        .contains("scope=identify%20guilds")
        .contains("client_id=" + FakeDiscord.CLIENT_ID)
        .contains("response_type=code");
    String state =
        Arrays.stream(location.getRawQuery().split("&"))
            .filter(p -> p.startsWith("state="))
            .map(p -> URLDecoder.decode(p.substring(6), StandardCharsets.UTF_8))
            .findFirst()
            .orElseThrow();
    String cookie = cookieValue(login, "polly_oauth_state");
    return new Started(state, cookie);
  }

  public static Http.Resp callback(Http http, String code, String state, String stateCookie) {
    var request = http.request("/auth/callback?code=" + code + "&state=" + state, null);
    if (stateCookie != null) {
      request.header("Cookie", "polly_oauth_state=" + stateCookie);
    }
    return http.send(request.GET().build());
  }

  /** The answer of {@code /auth/callback} after {@code user} approved a login just started. */
  public static Http.Resp callback(Http http, FakeDiscord.User user) {
    Started started = start(http);
    return callback(http, user.code(), started.state(), started.stateCookie());
  }

  /** Full login; returns the session token from the session cookie. */
  public static String as(Http http, FakeDiscord.User user) {
    Http.Resp callback = callback(http, user);
    assertThat(callback.status()).as(callback.body()).isEqualTo(303);
    return cookieValue(callback, "polly_session");
  }

  /** The whole {@code Set-Cookie} header (value and attributes) that sets cookie {@code name}. */
  public static String setCookie(Http.Resp resp, String name) {
    return resp.all("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + resp.headers()));
  }

  public static String cookieValue(Http.Resp resp, String name) {
    return resp.all("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .filter(v -> !v.isEmpty())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + resp.headers()));
  }
}
