package dev.polly.api.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.support.ApiApp;
import dev.polly.api.support.FakeDiscord;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two API instances on one PostgreSQL and one Redis, each keeping hot sessions and preferences in
 * its near cache, under a background read load on both: a preference written through A and read at
 * once through B is never stale (the write's version, sent back as the header or the browser's
 * cookie, makes B pass over its older copy), and a logout or sign-out-everywhere through A stops
 * the session on B within 100 ms of the logout's answer. 200 trials each.
 */
class TwoInstancesConsistencyTest {
  static final int TRIALS = 200;
  static final long LOGOUT_BOUND_NANOS = Duration.ofMillis(100).toNanos();
  static final long PROBE_NANOS = Duration.ofMillis(250).toNanos();
  static final String ORIGIN = "https://dash.example";

  /** Instance A, {@code app(0)}, and instance B, {@code app(1)}. */
  @RegisterExtension static final RunningApi API = new RunningApi().andInstance();

  static Http a;
  static Http b;
  static List<String> loadTokens;

  @BeforeAll
  static void usersForTheBackgroundLoad() {
    a = API.http();
    b = ApiApp.http(API.app(1));
    loadTokens = LoadUsers.logIn(API.discord(), a, "two-load", 6);
  }

  @Test
  @DisplayName(
      "a preference written through one instance reads back through the other at once, 200 times of 200")
  void preferencesReadYourWrites() throws Exception {
    String writer = LoadUsers.logIn(API.discord(), a, "two-writer", 1).get(0);
    int stale = 0;
    List<String> staleReads = new ArrayList<>();
    try (Load load = backgroundLoad(writer)) {
      for (int i = 0; i < TRIALS; i++) {
        boolean browser = i % 2 == 0;
        assertThat(b.get("/api/me/preferences", writer).status()).isEqualTo(200); // B's near copy
        String channel = Long.toString(500_000_000_000_100_000L + i);
        Http.Resp written = write(writer, channel, browser);
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        String version = written.header("Polly-Version");
        assertThat(version).as("the write's version header").isNotBlank();
        assertThat(Login.cookieValue(written, "polly_version")).isEqualTo(version);
        Http.Resp read = b.send(readBack(writer, version, browser));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        if (!channel.equals(read.json().path("last_channel_id").asText())) {
          stale++;
          staleReads.add((browser ? "cookie " : "header ") + read.body());
        }
      }
      assertThat(load.finish()).isNotEmpty();
    }
    System.out.printf("TWO-INSTANCES read-your-writes: %d stale of %d%n", stale, TRIALS);
    assertThat(staleReads).as("stale reads through the other instance").isEmpty();
  }

  @Test
  @DisplayName(
      "a logout through one instance stops the session on the other within 100 ms, 200 times of 200")
  void logoutReachesTheOtherInstanceWithin100Ms() throws Exception {
    FakeDiscord.User user = LoadUsers.register(API.discord(), "two-logout", 0);
    List<String> late = new ArrayList<>();
    long worstNanos = 0;
    try (Load load = backgroundLoad(null)) {
      for (int i = 0; i < TRIALS; i++) {
        String token = Login.as(a, user);
        assertThat(b.get("/api/me", token).status()).isEqualTo(200); // B's near copy
        assertThat(b.get("/api/me", token).status()).isEqualTo(200);
        String path = i % 2 == 0 ? "/auth/logout" : "/auth/logout-all";
        Probe probe = Probe.start(b, token);
        Http.Resp out =
            a.send(a.request(path, token).POST(HttpRequest.BodyPublishers.noBody()).build());
        long answered = System.nanoTime();
        assertThat(out.status()).as(out.body()).isEqualTo(204);
        List<Probe.Answer> answers = probe.until(answered + PROBE_NANOS);
        for (Probe.Answer answer : answers) {
          long after = answer.startNanos() - answered;
          if (answer.status() == 200) {
            worstNanos = Math.max(worstNanos, after);
            if (after > LOGOUT_BOUND_NANOS) {
              late.add(path + " trial " + i + ": accepted " + after / 1_000_000 + " ms after");
            }
          }
        }
        assertThat(answers.get(answers.size() - 1).status()).isEqualTo(401);
      }
      assertThat(load.finish()).isNotEmpty();
    }
    System.out.printf(
        "TWO-INSTANCES logout: %d trials, latest accepted request on the other instance began %.1f ms"
            + " after the logout answered (bar 100 ms)%n",
        TRIALS, worstNanos / 1e6);
    assertThat(late).as("requests accepted later than 100 ms after the logout").isEmpty();
  }

  @Test
  @DisplayName("a malformed Polly-Version header is a 400 JSON error naming the header")
  void malformedVersionIsRefused() {
    String token = LoadUsers.logIn(API.discord(), a, "two-bad-version", 1).get(0);
    Http.Resp resp =
        b.send(
            b.request("/api/me/preferences", token)
                .header("Polly-Version", "yesterday")
                .GET()
                .build());
    assertThat(resp.status()).isEqualTo(400);
    assertThat(resp.json().path("message").asText()).contains("Polly-Version");
  }

  /** GET /api/me and /api/me/preferences on both instances, as six other users and {@code also}. */
  private static Load backgroundLoad(String also) {
    Load load = new Load(2);
    List<String> tokens = new ArrayList<>(loadTokens);
    if (also != null) {
      tokens.add(also);
    }
    int[] ports = {API.app(0).getLocalPort(), API.app(1).getLocalPort()};
    String[] paths = {"/api/me/preferences", "/api/me"};
    for (int w = 0; w < 2; w++) {
      int worker = w;
      load.worker(
          "background",
          i ->
              Load.get(ports[(i + worker) % 2], paths[i % 2], tokens.get(i % tokens.size()))
                  .GET()
                  .build(),
          200_000,
          Duration.ofMinutes(5));
    }
    return load;
  }

  /** PATCH last_channel_id through A: as a browser (cookie, Origin) or as a Bearer client. */
  private static Http.Resp write(String token, String channel, boolean browser) {
    String body = "{\"last_channel_id\":\"" + channel + "\"}";
    HttpRequest.Builder request =
        (browser ? a.request("/api/me/preferences", null) : a.request("/api/me/preferences", token))
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
    if (browser) {
      request.header("Cookie", "polly_session=" + token).header("Origin", ORIGIN);
    }
    return a.send(request.build());
  }

  /** GET the preferences through B, sending the version back as the browser or the client does. */
  private static HttpRequest readBack(String token, String version, boolean browser) {
    if (browser) {
      return b.request("/api/me/preferences", null)
          .header("Cookie", "polly_session=" + token + "; polly_version=" + version)
          .GET()
          .build();
    }
    return b.request("/api/me/preferences", token).header("Polly-Version", version).GET().build();
  }
}
