package dev.polly.api.it;

import static dev.polly.api.support.World.ALICE;
import static dev.polly.api.support.World.BOB;
import static dev.polly.api.support.World.G1;
import static dev.polly.api.support.World.G1_NEWS;
import static dev.polly.api.support.World.G1_TEXT;
import static dev.polly.api.support.World.G3;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.polly.api.discord.BotInvite;
import dev.polly.api.support.FakeDiscord;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.common.testing.TestPostgres;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the dashboard relies on beyond the poll endpoints: the sign-in options, "sign out
 * everywhere", the server picker's bot presence and invite links, and the channel picker's
 * permission filter.
 */
class DashboardContractTest {
  @RegisterExtension static final RunningApi API = new RunningApi();

  static Http http;

  @BeforeAll
  static void start() {
    http = API.http();
  }

  @Test
  @DisplayName("sign-in options need no session: Discord login on, demo off")
  void signInOptionsAreOpen() {
    Http.Resp options = http.get("/auth/options", null);

    assertThat(options.status()).isEqualTo(200);
    assertThat(options.json().path("discord_login").asBoolean()).isTrue();
    assertThat(options.json().path("demo").isBoolean()).isTrue();
    assertThat(options.json().path("demo").asBoolean()).isFalse();
  }

  @Test
  @DisplayName("the demo sign-in does not exist outside demo mode: 404 JSON and no cookie")
  void demoSignInIsAbsentWhenDemoModeIsOff() {
    Http.Resp demo = http.send(post("/auth/demo", null));

    assertThat(demo.status()).isEqualTo(404);
    assertThat(demo.json().path("code").asText()).isEqualTo("demo_off");
    assertThat(demo.all("Set-Cookie")).noneMatch(c -> c.startsWith("polly_session="));
  }

  @Test
  @DisplayName("the server picker lists managed guilds with the bot first, then bot-less ones")
  void guildsCarryBotPresenceAndInviteLinks() {
    String alice = Login.as(http, ALICE);

    JsonNode guilds = http.get("/api/guilds", alice).json();

    assertThat(guilds.findValuesAsText("id")).containsExactly(Long.toString(G1), Long.toString(G3));
    JsonNode withBot = guilds.get(0);
    assertThat(withBot.path("bot_present").asBoolean()).isTrue();
    assertThat(withBot.path("invite_url").isNull()).isTrue();
    JsonNode noBot = guilds.get(1);
    assertThat(noBot.path("bot_present").asBoolean()).isFalse();
    assertThat(noBot.path("name").asText()).isEqualTo("No Bot");
    assertThat(noBot.path("invite_url").asText())
        .startsWith("https://discord.com/oauth2/authorize?")
        .contains("client_id=" + FakeDiscord.CLIENT_ID)
        .contains("scope=bot%20applications.commands")
        .contains("permissions=" + BotInvite.PERMISSIONS)
        .contains("guild_id=" + G3);
  }

  @Test
  @DisplayName("the channel picker offers only channels where the bot can view, send and embed")
  void channelsFollowTheBotsPermissions() {
    String alice = Login.as(http, ALICE);

    JsonNode channels = http.get("/api/guilds/" + G1 + "/channels", alice).json();

    // polls: no overwrites; news: @everyone may not send but the bot's role may;
    // staff (@everyone denied View) and no-embeds (bot's member overwrite) are left out
    assertThat(channels.findValuesAsText("id"))
        .containsExactly(Long.toString(G1_TEXT), Long.toString(G1_NEWS));
  }

  @Test
  @DisplayName("sign out everywhere ends every session of the user, and only theirs")
  void logoutAllEndsEverySessionOfTheUser() {
    String laptop = Login.as(http, ALICE);
    String phone = Login.as(http, ALICE);
    String bob = Login.as(http, BOB);
    long aliceRows = sessionRows(ALICE.id());
    assertThat(aliceRows).isGreaterThanOrEqualTo(2);
    assertThat(http.get("/api/me", phone).status()).isEqualTo(200);

    Http.Resp out =
        http.send(
            http.request("/auth/logout-all", null)
                .header("Cookie", "polly_session=" + laptop)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());

    assertThat(out.status()).isEqualTo(204);
    assertThat(out.all("Set-Cookie"))
        .anyMatch(c -> c.startsWith("polly_session=;") && c.contains("Max-Age=0"));
    assertThat(http.get("/api/me", laptop).status()).isEqualTo(401);
    assertThat(http.get("/api/me", phone).status()).isEqualTo(401);
    assertThat(sessionRows(ALICE.id())).isZero();
    assertThat(http.get("/api/me", bob).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("sign out everywhere without a valid session is a JSON 401")
  void logoutAllNeedsASession() {
    Http.Resp none = http.send(post("/auth/logout-all", null));
    Http.Resp forged = http.send(post("/auth/logout-all", "not-a-session"));

    assertThat(none.status()).isEqualTo(401);
    assertThat(none.json().path("code").asText()).isNotEmpty();
    assertThat(forged.status()).isEqualTo(401);
  }

  private static HttpRequest post(String path, String token) {
    return http.request(path, token).POST(HttpRequest.BodyPublishers.noBody()).build();
  }

  private static long sessionRows(long userId) {
    return TestPostgres.get()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT count(*) FROM sessions WHERE user_id = :u")
                    .bind("u", userId)
                    .mapTo(Long.class)
                    .one());
  }
}
