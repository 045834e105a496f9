package dev.polly.api.security;

import static dev.polly.api.support.World.ALICE;
import static dev.polly.api.support.World.BOB;
import static dev.polly.api.support.World.G1;
import static dev.polly.api.support.World.G1_TEXT;
import static dev.polly.api.support.World.G2;
import static dev.polly.api.support.World.G2_TEXT;
import static dev.polly.api.support.World.G4;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.api.support.ApiPolls;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.common.domain.Poll;
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
 * IDOR attempts across users and guilds on every endpoint: Alice (manager of G1, plain member of
 * G4) acts on Bob's poll in G2, on G2's and G4's guild data, on Bob's drafts and preferences. Every
 * attempt is refused with a JSON 4xx, a foreign poll looks exactly like a missing one, and nothing
 * of Bob's changes.
 */
class AccessControlTest {
  @RegisterExtension static final RunningApi API = new RunningApi();

  static Http http;
  static String alice;
  static String bob;
  static long bobPoll;
  static long alicePoll;

  @BeforeAll
  static void twoUsersWithAPollEach() {
    http = API.http();
    alice = Login.as(http, ALICE);
    bob = Login.as(http, BOB);
    bobPoll = create(bob, pollIn(G2, G2_TEXT, "Bob's"));
    alicePoll = create(alice, pollIn(G1, G1_TEXT, "Alice's"));
    TestPostgres.get().database().votes().toggle(bobPoll, 42L, 0);
  }

  @Test
  @DisplayName("every poll endpoint refuses another guild's poll, and the poll stays as it was")
  void foreignPollIsUntouchable() {
    Poll before = TestPostgres.get().database().polls().find(bobPoll).orElseThrow();
    String p = "/api/polls/" + bobPoll;
    List<Attempt> attempts =
        List.of(
            get(p),
            json("PUT", p, edit(G2, G2_TEXT, before.version())),
            json("PUT", p, edit(G1, G1_TEXT, before.version())),
            send("DELETE", p),
            send("POST", p + "/close"),
            json("POST", p + "/reopen", "{\"duration_minutes\":60}"),
            json("POST", p + "/duplicate", "{}"),
            get(p + "/results"),
            get(p + "/export.csv"),
            get(p + "/export.json"));
    List<String> failures = new ArrayList<>();
    attempts.forEach(a -> failures.add(a.refusal(http, 403, 404)));

    assertThat(failures.stream().filter(Objects::nonNull)).isEmpty();
    Poll after = TestPostgres.get().database().polls().find(bobPoll).orElseThrow();
    assertThat(after).isEqualTo(before);
    assertThat(TestPostgres.get().database().votes().choicesOf(bobPoll, 42L)).containsExactly(0);
  }

  @Test
  @DisplayName("a foreign poll gets the same answer as a poll that does not exist")
  void foreignPollDoesNotLeakItsExistence() {
    Http.Resp foreign = http.get("/api/polls/" + bobPoll, alice);
    Http.Resp missing = http.get("/api/polls/" + (bobPoll + 1_000_000), alice);

    assertThat(foreign.status()).isEqualTo(missing.status());
    assertThat(foreign.json().path("code")).isEqualTo(missing.json().path("code"));
  }

  @Test
  @DisplayName("guilds the user does not manage are refused on every guild and poll-list endpoint")
  void unmanagedGuildsAreRefused() {
    long g2Before = pollCount(G2);
    long g4Before = pollCount(G4);
    List<String> failures = new ArrayList<>();
    for (long guild : List.of(G2, G4, 999_999_999_999_999_999L)) {
      for (String kind : List.of("channels", "roles", "emojis")) {
        failures.add(get("/api/guilds/" + guild + "/" + kind).refusal(http, 403, 404));
      }
      failures.add(get("/api/polls?guild=" + guild).refusal(http, 403, 404));
      failures.add(
          json("POST", "/api/polls", pollIn(guild, G2_TEXT, "Intruder")).refusal(http, 403, 404));
      failures.add(json("POST", "/api/polls/import", importInto(guild)).refusal(http, 403, 404));
    }
    failures.add(
        json("PUT", "/api/polls/" + alicePoll, edit(G2, G2_TEXT, version(alicePoll)))
            .refusal(http, 403, 404, 409, 422));

    assertThat(failures.stream().filter(Objects::nonNull)).isEmpty();
    assertThat(pollCount(G2)).isEqualTo(g2Before);
    assertThat(pollCount(G4)).isEqualTo(g4Before);
    JsonNode guilds = http.get("/api/guilds", alice).json();
    assertThat(guilds.findValuesAsText("id")).doesNotContain(Long.toString(G2), Long.toString(G4));
    assertThat(TestPostgres.get().database().polls().find(alicePoll).orElseThrow().guildId())
        .isEqualTo(G1);
  }

  @Test
  @DisplayName("drafts and preferences are per user: another user can neither read nor delete them")
  void draftsAndPreferencesArePrivate() {
    assertThat(
            http.json("PUT", "/api/drafts/shared-key", alice, "{\"secret\":\"alice-only\"}")
                .status())
        .isEqualTo(200);
    assertThat(
            http.json("PUT", "/api/me/preferences", alice, "{\"timezone\":\"Europe/Rome\"}")
                .status())
        .isEqualTo(200);

    Http.Resp bobReads = http.get("/api/drafts/shared-key", bob);
    http.send(Attempt.h1(http.request("/api/drafts/shared-key", bob)).DELETE().build());
    Http.Resp bobPrefs = http.get("/api/me/preferences", bob);

    assertThat(bobReads.status()).isEqualTo(404);
    assertThat(bobReads.body()).doesNotContain("alice-only");
    assertThat(http.get("/api/drafts/shared-key", alice).body()).contains("alice-only");
    assertThat(bobPrefs.body()).doesNotContain("Europe/Rome");
    assertThat(bobPrefs.json().path("user_id").asText()).isEqualTo(Long.toString(BOB.id()));
  }

  private static Attempt get(String path) {
    return new Attempt("GET " + path, Attempt.h1(http.request(path, alice)).GET().build());
  }

  private static Attempt send(String method, String path) {
    return new Attempt(
        method + " " + path,
        Attempt.h1(http.request(path, alice))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private static Attempt json(String method, String path, String body) {
    return new Attempt(
        method + " " + path,
        Attempt.h1(http.request(path, alice))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static long create(String token, String body) {
    return ApiPolls.create(http, token, body);
  }

  private static String pollIn(long guild, long channel, String title) {
    return "{\"guild_id\":\""
        + guild
        + "\",\"channel_id\":\""
        + channel
        + "\",\"title\":\""
        + title
        + "\",\"question\":\"Which?\",\"options\":[{\"label\":\"A\"},{\"label\":\"B\"}],"
        + "\"duration_minutes\":60,\"timezone\":\"UTC\"}";
  }

  private static String edit(long guild, long channel, int version) {
    return pollIn(guild, channel, "Hijacked")
        .replace(
            "\"duration_minutes\"",
            "\"opens_at\":\""
                + java.time.Instant.now().plusSeconds(86_400)
                + "\",\"version\":"
                + version
                + ",\"duration_minutes\"");
  }

  private static String importInto(long guild) {
    return "{\"format\":\"polly.poll.v1\",\"poll\":"
        + pollIn(guild, G2_TEXT, "Imported")
            .replace(
                "\"duration_minutes\"",
                "\"opens_at\":\""
                    + java.time.Instant.now().plusSeconds(86_400)
                    + "\",\"duration_minutes\"")
        + "}";
  }

  private static int version(long poll) {
    return TestPostgres.get().database().polls().find(poll).orElseThrow().version();
  }

  private static long pollCount(long guild) {
    return TestPostgres.get().database().polls().countByGuild(guild, null);
  }
}
