package dev.polly.api.it;

import static dev.polly.api.support.World.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.api.support.ApiPolls;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import dev.polly.common.events.VotesChanged;
import dev.polly.common.persistence.VoteDao;
import dev.polly.common.testing.TestPostgres;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboard's main journey over HTTP, with real PostgreSQL and Redis and a fake Discord. */
class ApiFlowIT {
  @RegisterExtension static final RunningApi API = new RunningApi();

  Http http;
  String alice;

  @BeforeEach
  void login() {
    http = API.http();
    alice = Login.as(http, ALICE);
  }

  long count(String metric) {
    return API.count(metric);
  }

  @Test
  @DisplayName(
      "login, preferences through the cache, a poll and its results, a vote that invalidates them")
  void fullFlow() {
    // GIVEN a logged-in user whose preferences are not cached
    assertThat(http.get("/api/me", alice).json().path("username").asText()).isEqualTo("alice");
    API.backends().caches().userPrefs().invalidate(Long.toString(ALICE.id()));

    // WHEN preferences are read twice THEN a miss, then a hit, one each
    long hits = count("polly.cache.user_prefs.hit");
    long misses = count("polly.cache.user_prefs.miss");
    assertThat(http.get("/api/me/preferences", alice).status()).isEqualTo(200);
    assertThat(count("polly.cache.user_prefs.miss")).isEqualTo(misses + 1);
    assertThat(count("polly.cache.user_prefs.hit")).isEqualTo(hits);
    assertThat(http.get("/api/me/preferences", alice).status()).isEqualTo(200);
    assertThat(count("polly.cache.user_prefs.hit")).isEqualTo(hits + 1);
    assertThat(count("polly.cache.user_prefs.miss")).isEqualTo(misses + 1);

    // WHEN preferences are updated THEN the next read is fresh
    var put =
        http.json(
            "PUT",
            "/api/me/preferences",
            alice,
            "{\"last_guild_id\":\"" + G1 + "\",\"timezone\":\"Europe/Berlin\"}");
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    JsonNode prefs = http.get("/api/me/preferences", alice).json();
    assertThat(prefs.path("timezone").asText()).isEqualTo("Europe/Berlin");
    assertThat(prefs.path("last_guild_id").asText()).isEqualTo(Long.toString(G1));
    assertThat(count("polly.cache.user_prefs.miss")).isEqualTo(misses + 2);
    var patch = http.json("PATCH", "/api/me/preferences", alice, "{\"timezone\":\"Asia/Tokyo\"}");
    assertThat(patch.json().path("last_guild_id").asText()).isEqualTo(Long.toString(G1));
    assertThat(http.get("/api/me/preferences", alice).json().path("timezone").asText())
        .isEqualTo("Asia/Tokyo");

    // WHEN a poll is created, listed and read
    var created = http.json("POST", "/api/polls", alice, World.pollJson("Colours", false, false));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long pollId = created.json().path("id").asLong();
    assertThat(created.json().path("status").asText()).isEqualTo("active");
    JsonNode page = http.get("/api/polls?guild=" + G1 + "&status=active", alice).json();
    assertThat(page.path("items").findValuesAsText("id")).contains(Long.toString(pollId));
    assertThat(http.get("/api/polls/" + pollId, alice).json().path("title").asText())
        .isEqualTo("Colours");

    // AND a vote is cast through the DAO THEN results are a miss, then a hit (each read looks up
    // two poll_results entries: the poll's facts and its results)
    VoteDao votes = TestPostgres.get().database().votes();
    votes.toggle(pollId, 42L, 0);
    long rHits = count("polly.cache.poll_results.hit");
    long rMisses = count("polly.cache.poll_results.miss");
    JsonNode results = http.get("/api/polls/" + pollId + "/results", alice).json();
    assertThat(results.path("total_votes").asLong()).isEqualTo(1);
    assertThat(count("polly.cache.poll_results.miss")).isEqualTo(rMisses + 2);
    http.get("/api/polls/" + pollId + "/results", alice);
    assertThat(count("polly.cache.poll_results.hit")).isEqualTo(rHits + 2);
    assertThat(count("polly.cache.poll_results.miss")).isEqualTo(rMisses + 2);

    // WHEN another vote is cast (and announced, as the bot does) THEN the next read is fresh
    votes.toggle(pollId, 43L, 1);
    API.backends().events().publish(new VotesChanged(pollId));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                http.get("/api/polls/" + pollId + "/results", alice)
                        .json()
                        .path("total_votes")
                        .asLong()
                    == 2);
    // the results were recomputed once; the facts dropped with them were read again by that read,
    // or still found by a read that raced the invalidation
    assertThat(count("polly.cache.poll_results.miss")).isBetween(rMisses + 3, rMisses + 4);
  }

  @Test
  void guildEndpointsServeWhatTheBotCanUseFromTheCache() {
    JsonNode guilds = http.get("/api/guilds", alice).json();
    assertThat(guilds.findValuesAsText("id"))
        .containsExactly(Long.toString(G1), Long.toString(World.G3));
    assertThat(guilds.get(0).path("bot_present").asBoolean()).isTrue();
    assertThat(guilds.get(1).path("bot_present").asBoolean()).isFalse();

    JsonNode channels = http.get("/api/guilds/" + G1 + "/channels", alice).json();
    assertThat(channels.findValuesAsText("id"))
        .containsExactly(Long.toString(G1_TEXT), Long.toString(World.G1_NEWS));
    JsonNode roles = http.get("/api/guilds/" + G1 + "/roles", alice).json();
    assertThat(roles.findValuesAsText("id")).containsExactly(Long.toString(G1_PING_ROLE));
    assertThat(http.get("/api/guilds/" + G1 + "/emojis", alice).json().findValuesAsText("name"))
        .containsExactly("polly");

    int before = API.discord().hits("/guilds/" + G1 + "/channels");
    http.get("/api/guilds/" + G1 + "/channels", alice);
    assertThat(API.discord().hits("/guilds/" + G1 + "/channels")).isEqualTo(before);
  }

  @Test
  void rejectsRequestsWithoutAValidSession() throws Exception {
    for (String path :
        new String[] {"/api/me", "/api/me/preferences", "/api/guilds", "/api/polls?guild=" + G1}) {
      Http.Resp r = http.get(path, null);
      assertThat(r.status()).as(path).isEqualTo(401);
      assertThat(r.json().path("code").asText()).isEqualTo("unauthenticated");
    }
    assertThat(http.get("/api/me", "forged-token").status()).isEqualTo(401);

    // an expired session stored in PostgreSQL
    String token = "expired-token-123";
    var hmac = new dev.polly.api.auth.Hmac("test-secret-0123456789abcdef".getBytes());
    java.time.Instant now = java.time.Instant.now();
    TestPostgres.get()
        .database()
        .sessions()
        .create(
            new dev.polly.common.domain.Session(
                hmac.sign("session:" + token),
                ALICE.id(),
                "alice",
                null,
                java.util.List.of(G1),
                now.minusSeconds(7200),
                now.minusSeconds(60)));
    assertThat(http.get("/api/me", token).status()).isEqualTo(401);
  }

  @Test
  void keepsUsersOutOfGuildsAndPollsTheyDoNotManage() {
    String bob = Login.as(http, BOB);
    long pollId = ApiPolls.create(http, alice, "Private", false, false);

    assertThat(http.get("/api/polls/" + pollId, bob).status()).isEqualTo(404);
    assertThat(http.get("/api/polls/" + pollId + "/results", bob).status()).isEqualTo(404);
    assertThat(http.get("/api/polls/" + pollId + "/export.json", bob).status()).isEqualTo(404);
    assertThat(http.json("POST", "/api/polls/" + pollId + "/close", bob, "").status())
        .isEqualTo(404);
    assertThat(http.get("/api/polls?guild=" + G1, bob).status()).isEqualTo(403);
    assertThat(http.get("/api/guilds/" + G1 + "/channels", bob).status()).isEqualTo(403);
    assertThat(
            http.json("POST", "/api/polls", bob, World.pollJson("Intrude", false, false)).status())
        .isEqualTo(403);
    assertThat(http.get("/api/guilds/" + G4 + "/roles", alice).status()).isEqualTo(403);
    assertThat(http.get("/api/polls/999999999", alice).status()).isEqualTo(404);
  }

  @Test
  void refusesACallbackWhoseStateDoesNotMatchAndCreatesNoSession() {
    long sessionsBefore = sessionCount();
    Login.Started started = Login.start(http);

    Http.Resp mismatch = Login.callback(http, ALICE.code(), "not-the-state", started.stateCookie());
    Http.Resp noCookie = Login.callback(http, ALICE.code(), started.state(), null);
    Http.Resp otherBrowser =
        Login.callback(http, ALICE.code(), Login.start(http).state(), started.stateCookie());

    for (Http.Resp r : new Http.Resp[] {mismatch, noCookie, otherBrowser}) {
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.json().path("code").asText()).isEqualTo("invalid_state");
      assertThat(r.all("Set-Cookie")).noneMatch(c -> c.startsWith("polly_session="));
    }
    assertThat(sessionCount()).isEqualTo(sessionsBefore);

    // a state is good for one login only
    assertThat(Login.callback(http, ALICE.code(), started.state(), started.stateCookie()).status())
        .isEqualTo(303);
    assertThat(Login.callback(http, ALICE.code(), started.state(), started.stateCookie()).status())
        .isEqualTo(400);
  }

  @Test
  void givesTheSessionAsASecureHttpOnlyLaxCookieAndLogsOut() {
    Http.Resp callback = Login.callback(http, ALICE);
    String cookie = Login.setCookie(callback, "polly_session");
    assertThat(cookie).contains("HttpOnly").contains("Secure").containsIgnoringCase("SameSite=Lax");
    assertThat(callback.header("Location")).isEqualTo("https://dash.example/");
    String token = Login.cookieValue(callback, "polly_session");

    var viaCookie =
        http.request("/api/me", null).header("Cookie", "polly_session=" + token).GET().build();
    assertThat(http.send(viaCookie).status()).isEqualTo(200);

    assertThat(http.json("POST", "/auth/logout", token, "").status()).isEqualTo(204);
    assertThat(http.get("/api/me", token).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("anonymous polls never reveal voters in results or either export")
  void anonymousVotersNeverAppear() {
    long pollId = ApiPolls.create(http, alice, "Secret", true, false);
    long voter = 987_654_321_012_345_678L;
    TestPostgres.get().database().votes().toggle(pollId, voter, 1);

    Http.Resp results = http.get("/api/polls/" + pollId + "/results", alice);
    Http.Resp json = http.get("/api/polls/" + pollId + "/export.json", alice);
    Http.Resp csv = http.get("/api/polls/" + pollId + "/export.csv", alice);

    assertThat(results.json().path("total_votes").asLong()).isEqualTo(1);
    assertThat(json.json().path("votes").size()).isZero();
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).contains("option,1,Blue");
    for (Http.Resp r : new Http.Resp[] {results, json, csv}) {
      assertThat(r.body()).doesNotContain(Long.toString(voter));
    }

    long open = ApiPolls.create(http, alice, "Open", false, false);
    TestPostgres.get().database().votes().toggle(open, voter, 0);
    assertThat(http.get("/api/polls/" + open + "/export.json", alice).body())
        .contains(Long.toString(voter));
    assertThat(http.get("/api/polls/" + open + "/export.csv", alice).body())
        .contains("vote,0,Red,,,," + voter);
  }

  @Test
  void hidesCountsUntilAHiddenResultsPollCloses() {
    long pollId = ApiPolls.create(http, alice, "Hidden", false, true);
    TestPostgres.get().database().votes().toggle(pollId, 5L, 2);

    JsonNode hidden = http.get("/api/polls/" + pollId + "/results", alice).json();
    assertThat(hidden.path("hidden").asBoolean()).isTrue();
    assertThat(hidden.path("total_votes").isNull()).isTrue();
    assertThat(hidden.path("options").get(2).path("votes").isNull()).isTrue();
    assertThat(http.get("/api/polls/" + pollId + "/export.json", alice).json().path("votes").size())
        .isZero();

    assertThat(http.json("POST", "/api/polls/" + pollId + "/close", alice, "").status())
        .isEqualTo(200);
    JsonNode shown = http.get("/api/polls/" + pollId + "/results", alice).json();
    assertThat(shown.path("hidden").asBoolean()).isFalse();
    assertThat(shown.path("options").get(2).path("votes").asLong()).isEqualTo(1);
  }

  @Test
  void runsThePollLifecycleWithOptimisticLockingAndPublishesEveryChange() throws Exception {
    java.util.List<dev.polly.common.events.PollyEvent> seen =
        new java.util.concurrent.CopyOnWriteArrayList<>();
    AutoCloseable subscription = API.backends().events().subscribe(seen::add);
    long pollId = ApiPolls.create(http, alice, "Life", false, false);
    assertThat(
            http.json("POST", "/api/polls/" + pollId + "/close", alice, "")
                .json()
                .path("status")
                .asText())
        .isEqualTo("closed");
    assertThat(http.json("POST", "/api/polls/" + pollId + "/close", alice, "").status())
        .isEqualTo(409);
    Http.Resp reopened =
        http.json("POST", "/api/polls/" + pollId + "/reopen", alice, "{\"duration_minutes\":30}");
    assertThat(reopened.json().path("status").asText()).isEqualTo("active");

    Http.Resp copy = http.json("POST", "/api/polls/" + pollId + "/duplicate", alice, "");
    assertThat(copy.status()).as(copy.body()).isEqualTo(201);
    assertThat(copy.json().path("status").asText()).isEqualTo("scheduled");
    long copyId = copy.json().path("id").asLong();
    int version = copy.json().path("version").asInt();

    String edit =
        World.pollJson("Edited", false, false)
            .replace(
                "\"duration_minutes\":60",
                "\"opens_at\":\""
                    + java.time.Instant.now().plusSeconds(7200)
                    + "\",\"duration_minutes\":60");
    Http.Resp ok = http.json("PUT", "/api/polls/" + copyId, alice, withVersion(edit, version));
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().path("title").asText()).isEqualTo("Edited");
    Http.Resp stale = http.json("PUT", "/api/polls/" + copyId, alice, withVersion(edit, version));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.json().path("code").asText()).isEqualTo("stale_version");
    Http.Resp openEdit = http.json("PUT", "/api/polls/" + pollId, alice, withVersion(edit, 1));
    assertThat(openEdit.status()).as(openEdit.body()).isEqualTo(422);
    assertThat(openEdit.body())
        .contains("\"opens_at\"")
        .contains("cannot change once the poll is open");

    assertThat(http.send(http.request("/api/polls/" + copyId, alice).DELETE().build()).status())
        .isEqualTo(204);
    assertThat(http.get("/api/polls/" + copyId, alice).status()).isEqualTo(404);

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(seen)
                    .filteredOn(e -> e instanceof dev.polly.common.events.PollChanged)
                    .extracting(e -> (dev.polly.common.events.PollChanged) e)
                    .filteredOn(e -> e.pollId() == pollId || e.pollId() == copyId)
                    .extracting(dev.polly.common.events.PollChanged::kind)
                    .containsExactlyInAnyOrder(
                        dev.polly.common.events.PollChanged.Kind.CREATED,
                        dev.polly.common.events.PollChanged.Kind.CLOSED,
                        dev.polly.common.events.PollChanged.Kind.REOPENED,
                        dev.polly.common.events.PollChanged.Kind.CREATED,
                        dev.polly.common.events.PollChanged.Kind.UPDATED,
                        dev.polly.common.events.PollChanged.Kind.DELETED));
    subscription.close();
  }

  static String withVersion(String json, int version) {
    return json.substring(0, json.length() - 1) + ",\"version\":" + version + "}";
  }

  @Test
  void importsTheExportFormatAsAScheduledPoll() {
    long pollId = ApiPolls.create(http, alice, "Exported", false, false);
    JsonNode export = http.get("/api/polls/" + pollId + "/export.json", alice).json();
    String opens = java.time.Instant.now().plusSeconds(3600).toString();
    String closes = java.time.Instant.now().plusSeconds(7200).toString();
    ((com.fasterxml.jackson.databind.node.ObjectNode) export.path("poll"))
        .put("opens_at", opens)
        .put("closes_at", closes);

    Http.Resp imported = http.json("POST", "/api/polls/import", alice, export.toString());
    assertThat(imported.status()).as(imported.body()).isEqualTo(201);
    assertThat(imported.json().path("status").asText()).isEqualTo("scheduled");
    assertThat(imported.json().path("title").asText()).isEqualTo("Exported");

    ((com.fasterxml.jackson.databind.node.ObjectNode) export.path("poll"))
        .put("opens_at", "2001-01-01T00:00:00Z")
        .put("timezone", "Nowhere/City");
    Http.Resp invalid = http.json("POST", "/api/polls/import", alice, export.toString());
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.json().path("errors").findValuesAsText("field"))
        .contains("poll.timezone", "poll.opens_at");
  }

  @Test
  void keepsDraftsPerUserAndLimitsTheirSize() {
    String bob = Login.as(http, BOB);
    assertThat(
            http.json("PUT", "/api/drafts/new-poll", alice, "{\"title\":\"half done\"}").status())
        .isEqualTo(200);
    assertThat(http.get("/api/drafts/new-poll", alice).json().path("data").path("title").asText())
        .isEqualTo("half done");
    assertThat(http.get("/api/drafts/new-poll", bob).status()).isEqualTo(404);
    assertThat(
            http.json("PUT", "/api/drafts/big", alice, "{\"x\":\"" + "a".repeat(20_000) + "\"}")
                .status())
        .isEqualTo(413);
    assertThat(http.send(http.request("/api/drafts/new-poll", alice).DELETE().build()).status())
        .isEqualTo(204);
    assertThat(http.get("/api/drafts/new-poll", alice).status()).isEqualTo(404);
  }

  @Test
  void allowsTheDashboardOriginWithCredentialsAndRefusesOthersStateChanges() {
    var preflight =
        http.send(
            http.request("/api/polls", null)
                .header("Origin", "https://dash.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://dash.example");
    assertThat(preflight.header("Access-Control-Allow-Credentials")).isEqualTo("true");
    assertThat(preflight.header("Access-Control-Allow-Methods")).contains("PATCH");

    var evil =
        http.send(
            http.request("/api/me/preferences", alice)
                .header("Origin", "https://evil.example")
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    assertThat(evil.status()).isEqualTo(403);
    assertThat(evil.json().path("code").asText()).isEqualTo("origin_forbidden");
    var evilRead =
        http.send(
            http.request("/api/me", alice).header("Origin", "https://evil.example").GET().build());
    assertThat(evilRead.header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void publishesEveryEndpointInOpenApi() {
    JsonNode paths = http.get("/openapi.json", null).json().path("paths");
    assertThat(paths.fieldNames())
        .toIterable()
        .contains(
            "/api/me",
            "/api/me/preferences",
            "/api/guilds",
            "/api/guilds/{id}/channels",
            "/api/guilds/{id}/roles",
            "/api/guilds/{id}/emojis",
            "/api/polls",
            "/api/polls/{id}",
            "/api/polls/{id}/close",
            "/api/polls/{id}/reopen",
            "/api/polls/{id}/duplicate",
            "/api/polls/{id}/results",
            "/api/polls/{id}/export.csv",
            "/api/polls/{id}/export.json",
            "/api/polls/import",
            "/api/drafts/{key}",
            "/auth/login",
            "/auth/callback",
            "/auth/logout",
            "/health");
    assertThat(paths.path("/api/me/preferences").fieldNames())
        .toIterable()
        .contains("get", "put", "patch");
  }

  @Test
  void servesHealthAndAdminChecksAndTasks() {
    Http.Resp health = http.get("/health", null);
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().path("status").asText()).isEqualTo("healthy");
    assertThat(health.json().path("redis").path("connected").asBoolean()).isTrue();
    assertThat(java.time.Instant.parse(health.json().path("timestamp").asText())).isNotNull();

    Http admin = API.admin();
    JsonNode checks = admin.get("/healthcheck", null).json();
    assertThat(checks.fieldNames()).toIterable().contains("database", "redis", "discord");
    Http.Resp stats =
        admin.send(
            admin
                .request("/tasks/cache-stats", null)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(stats.body()).contains("user_prefs").contains("poll_results");
    Http.Resp warm =
        admin.send(
            admin
                .request("/tasks/cache-warm", null)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(warm.body()).contains("warmed poll_results=");
    Http.Resp inval =
        admin.send(
            admin
                .request("/tasks/cache-invalidate?region=user_prefs", null)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(inval.body()).contains("invalidated region user_prefs");
    assertThat(admin.get("/prometheus", null).body()).contains("polly_cache_gets_total");
  }

  long sessionCount() {
    return TestPostgres.get()
        .jdbi()
        .withHandle(h -> h.createQuery("SELECT count(*) FROM sessions").mapTo(Long.class).one());
  }
}
