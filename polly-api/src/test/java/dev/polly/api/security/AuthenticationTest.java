package dev.polly.api.security;

import static dev.polly.api.support.World.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.auth.Hmac;
import dev.polly.api.fuzz.ErrorBodies;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import dev.polly.common.testing.TestPostgres;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session and login tampering: altered, truncated, foreign, expired and logged-out session tokens
 * (as Bearer header and as cookie), the stored session id used as a token, and OAuth {@code state}
 * mismatch, forgery, expiry and replay. Each is refused with a JSON 4xx and creates no session.
 */
class AuthenticationTest {
  @RegisterExtension static final RunningApi API = new RunningApi();

  static Http http;
  static String alice;

  @BeforeAll
  static void logIn() {
    http = API.http();
    alice = Login.as(http, ALICE);
  }

  @Test
  @DisplayName(
      "GET /api/ping answers without a session, while every other /api path still needs one")
  void pingIsTheOnlyPublicApiPath() {
    Http.Resp ping = http.get("/api/ping", null);
    assertThat(ping.status()).isEqualTo(200);
    assertThat(ping.json().path("status").asText()).isEqualTo("ok");
    for (String path : List.of("/api/me", "/api/me/preferences", "/api/ping/x", "/api/pings")) {
      Http.Resp r = http.get(path, null);
      assertThat(r.status()).as(path).isIn(401, 404);
      assertThat(r.isJson()).as(path).isTrue();
    }
    assertThat(http.get("/api/me", null).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("tampered, foreign and stored-id tokens get a JSON 401, as header and as cookie")
  void tamperedSessionTokensAreRefused() {
    String storedId = hmac().sign("session:" + alice);
    List<String> forged =
        List.of(
            flipLast(alice),
            alice.substring(0, alice.length() - 1),
            alice + "A",
            alice.toUpperCase(),
            storedId,
            "x".repeat(5000),
            "../" + alice,
            alice + "\u0000",
            " ",
            "null");
    List<String> failures = new ArrayList<>();
    for (String token : forged) {
      expect401(
          failures,
          "bearer " + token,
          Attempt.h1(http.request("/api/me", null))
              .header("Authorization", "Bearer " + token.replace("\u0000", "%00"))
              .GET()
              .build());
      expect401(
          failures,
          "cookie " + token,
          Attempt.h1(http.request("/api/me/preferences", null))
              .header("Cookie", "polly_session=" + cookieSafe(token))
              .GET()
              .build());
    }
    expect401(
        failures,
        "basic scheme",
        Attempt.h1(http.request("/api/me", null))
            .header("Authorization", "Basic " + alice)
            .GET()
            .build());
    expect401(failures, "no credentials", Attempt.h1(http.request("/api/me", null)).GET().build());

    assertThat(failures).isEmpty();
    assertThat(http.send(Attempt.h1(http.request("/api/me", alice)).GET().build()).status())
        .isEqualTo(200);
  }

  @Test
  @DisplayName(
      "a letter-case variant of a real token is refused even on the connection that just used the real one")
  void caseVariantOnAReusedConnectionIsRefused() throws Exception {
    String pipelined =
        request(alice, false)
            + request(alice.toUpperCase(java.util.Locale.ROOT), false)
            + request(alice.toLowerCase(java.util.Locale.ROOT), true);
    List<String> statuses = new ArrayList<>();
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", API.app().getLocalPort())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(pipelined.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.shutdownOutput();
      String all =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("HTTP/1.1 (\\d{3})").matcher(all);
      while (m.find()) {
        statuses.add(m.group(1));
      }
    }

    assertThat(statuses).containsExactly("200", "401", "401");
  }

  private static String request(String token, boolean last) {
    return "GET /api/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
        + token
        + "\r\n"
        + (last ? "Connection: close\r\n" : "")
        + "\r\n";
  }

  @Test
  @DisplayName("an expired session and a logged-out session are refused")
  void expiredAndLoggedOutSessionsAreRefused() {
    String expired = "expired-token-0123456789";
    TestPostgres.get()
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO sessions (id, user_id, username, manageable_guild_ids,"
                            + " created_at, expires_at) VALUES (:id, :user, 'alice',"
                            + " ARRAY["
                            + World.G1
                            + "]::bigint[], :created, :expires)")
                    .bind("id", hmac().sign("session:" + expired))
                    .bind("user", ALICE.id())
                    .bind("created", Instant.now().minusSeconds(7200))
                    .bind("expires", Instant.now().minusSeconds(60))
                    .execute());
    String other = Login.as(http, ALICE);
    Http.Resp logout =
        http.send(
            Attempt.h1(http.request("/auth/logout", other))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());

    List<String> failures = new ArrayList<>();
    expect401(failures, "expired", Attempt.h1(http.request("/api/me", expired)).GET().build());
    expect401(failures, "logged out", Attempt.h1(http.request("/api/me", other)).GET().build());

    assertThat(logout.status()).isEqualTo(204);
    assertThat(failures).isEmpty();
    assertThat(http.send(Attempt.h1(http.request("/api/me", alice)).GET().build()).status())
        .as("other sessions survive")
        .isEqualTo(200);
  }

  @Test
  @DisplayName("the session cookie is HttpOnly, Secure and SameSite=Lax")
  void sessionCookieHasSafeFlags() {
    Http.Resp callback = Login.callback(http, ALICE);
    String cookie = Login.setCookie(callback, "polly_session");

    assertThat(cookie)
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("Secure")
        .containsIgnoringCase("SameSite=Lax");
  }

  @Test
  @DisplayName(
      "a callback whose state does not match, is forged or expired gets a JSON 4xx and no session")
  void mismatchedForgedOrExpiredStateIsRefused() {
    Login.Started first = Login.start(http);
    Login.Started second = Login.start(http);
    String[] parts = first.stateCookie().split("\\.");
    long past = Instant.now().minusSeconds(60).getEpochSecond();
    String expiredPayload = first.state() + "." + past;
    String expiredCookie = expiredPayload + "." + hmac().sign(expiredPayload);
    String otherKeyPayload = first.state() + "." + (past + 3600);
    String otherKeyCookie =
        otherKeyPayload
            + "."
            + new Hmac("another-secret-0123456789".getBytes()).sign(otherKeyPayload);

    List<String> failures = new ArrayList<>();
    refusedLogin(failures, "state of another login", first.state(), second.stateCookie());
    refusedLogin(failures, "no state cookie", first.state(), null);
    refusedLogin(failures, "no state", "", first.stateCookie());
    refusedLogin(
        failures,
        "tampered signature",
        first.state(),
        parts[0] + "." + parts[1] + "." + flipLast(parts[2]));
    refusedLogin(
        failures,
        "extended expiry",
        first.state(),
        parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2]);
    refusedLogin(failures, "expired", first.state(), expiredCookie);
    refusedLogin(failures, "signed with another key", first.state(), otherKeyCookie);

    assertThat(failures).isEmpty();
    assertThat(Login.callback(http, ALICE.code(), first.state(), first.stateCookie()).status())
        .as("the genuine pair still works once")
        .isEqualTo(303);
  }

  @Test
  @DisplayName("replaying a completed callback (same state and cookie) is refused")
  void replayedStateIsRefused() {
    Login.Started started = Login.start(http);
    Http.Resp first = Login.callback(http, ALICE.code(), started.state(), started.stateCookie());
    assertThat(first.status()).isEqualTo(303);

    List<String> failures = new ArrayList<>();
    refusedLogin(failures, "replay", started.state(), started.stateCookie());
    assertThat(failures).isEmpty();
  }

  private static void refusedLogin(
      List<String> failures, String what, String state, String cookie) {
    Http.Resp r =
        Login.callback(
            http,
            ALICE.code(),
            java.net.URLEncoder.encode(state, java.nio.charset.StandardCharsets.UTF_8),
            cookie);
    boolean sessionSet =
        r.all("Set-Cookie").stream()
            .anyMatch(c -> c.startsWith("polly_session=") && !c.startsWith("polly_session=;"));
    if (r.status() < 400
        || r.status() >= 500
        || !ErrorBodies.isJsonError(r.header("Content-Type"), r.body())
        || sessionSet) {
      failures.add(
          what
              + " -> "
              + r.status()
              + " "
              + r.body()
              + (sessionSet ? " (session cookie set!)" : ""));
    }
  }

  private static void expect401(
      List<String> failures, String what, java.net.http.HttpRequest request) {
    // Each forged credential goes on a fresh connection, as an attacker's would (see
    // caseVariantOnAReusedConnectionIsRefused for the reused-connection case).
    Http.Resp r = new Http(http.base()).send(request);
    if (r.status() != 401 || !ErrorBodies.isJsonError(r.header("Content-Type"), r.body())) {
      failures.add(
          what.substring(0, Math.min(60, what.length())) + " -> " + r.status() + " " + r.body());
    }
  }

  static Hmac hmac() {
    return Hmac.fromSecret(API.app().getConfiguration().getApi().getSessionSecret());
  }

  private static String flipLast(String s) {
    char last = s.charAt(s.length() - 1);
    return s.substring(0, s.length() - 1) + (last == 'A' ? 'B' : 'A');
  }

  private static String cookieSafe(String token) {
    String safe = token.replace("\u0000", "%00").replace(" ", "");
    return safe.isEmpty() ? "x" : safe;
  }
}
