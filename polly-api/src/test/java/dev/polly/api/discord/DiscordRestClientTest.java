package dev.polly.api.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polly.api.errors.DiscordRateLimitedException;
import dev.polly.api.errors.DiscordUnavailableException;
import dev.polly.api.errors.ResourceNotFoundException;
import dev.polly.api.support.FakeDiscord;
import dev.polly.api.support.FakeDiscord.Scripted;
import dev.polly.common.config.DiscordFactory;
import dev.polly.common.domain.GuildChannel;
import dev.polly.common.domain.UserGuild;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiscordRestClientTest {
  static FakeDiscord fake;
  DiscordRestClient client;

  @BeforeAll
  static void startFake() throws Exception {
    fake = new FakeDiscord();
  }

  @AfterAll
  static void stopFake() {
    fake.close();
  }

  @BeforeEach
  void newClient() {
    DiscordFactory config = new DiscordFactory();
    config.setApiBaseUrl(fake.baseUrl());
    config.setToken(FakeDiscord.BOT_TOKEN);
    config.setClientId(FakeDiscord.CLIENT_ID);
    config.setClientSecret(FakeDiscord.CLIENT_SECRET);
    DiscordHttp http =
        new DiscordHttp(
            HttpClient.newHttpClient(),
            new ObjectMapper(),
            new RateLimitBuckets(Clock.systemUTC()),
            Duration.ofSeconds(2));
    client = new DiscordRestClient(http, config, Duration.ofSeconds(2));
  }

  @Test
  void retriesAfterA429UsingRetryAfterFromTheBody() {
    fake.guildPermissions(11, 1, "[{\"id\":\"11\",\"permissions\":\"19456\"}]");
    fake.botGet(
        "/guilds/11/channels", "[{\"id\":\"5\",\"name\":\"polls\",\"type\":0,\"position\":1}]");
    fake.script(
        "/guilds/11/channels",
        new Scripted(
            429, Map.of(), "{\"message\":\"slow down\",\"retry_after\":0.05,\"global\":false}"));

    long start = System.nanoTime();
    var channels = client.channels(11);

    assertThat(channels).extracting(GuildChannel::id).containsExactly(5L);
    assertThat(fake.hits("/guilds/11/channels")).isEqualTo(2);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(50));
  }

  @Test
  void failsFastWhenDiscordAsksForALongerWaitThanAllowed() {
    fake.botGet("/guilds/12/roles", "[]");
    fake.script("/guilds/12/roles", new Scripted(429, Map.of(), "{\"retry_after\":30.0}"));

    assertThatThrownBy(() -> client.roles(12))
        .isInstanceOf(DiscordRateLimitedException.class)
        .satisfies(
            e ->
                assertThat(((DiscordRateLimitedException) e).retryAfter())
                    .isEqualTo(Duration.ofSeconds(30)));
    assertThat(fake.hits("/guilds/12/roles")).isEqualTo(1);
  }

  @Test
  void waitsForAnExhaustedBucketToResetBeforeTheNextRequest() {
    fake.botGet("/guilds/13/emojis", "[]");
    fake.script(
        "/guilds/13/emojis",
        new Scripted(
            200,
            Map.of(
                "X-RateLimit-Bucket",
                "abc",
                "X-RateLimit-Remaining",
                "0",
                "X-RateLimit-Reset-After",
                "0.2"),
            "[]"));

    client.emojis(13);
    long start = System.nanoTime();
    client.emojis(13);

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(150));
    assertThat(fake.hits("/guilds/13/emojis")).isEqualTo(2);
  }

  @Test
  void followsGuildListPagination() {
    StringBuilder page = new StringBuilder("[");
    for (int i = 1; i <= 200; i++) {
      page.append(i > 1 ? "," : "")
          .append("{\"id\":\"")
          .append(1000 + i)
          .append("\",\"name\":\"g\",\"permissions\":\"0\"}");
    }
    fake.script("/users/@me/guilds", new Scripted(200, Map.of(), page.append("]").toString()));
    fake.botGuilds("[{\"id\":\"5000\",\"name\":\"last\",\"permissions\":\"0\"}]");
    int before = fake.hits("/users/@me/guilds");

    var guilds = client.botGuilds();

    assertThat(guilds).hasSize(201);
    assertThat(fake.hits("/users/@me/guilds") - before).isEqualTo(2);
    assertThat(fake.lastQuery("/users/@me/guilds")).isEqualTo("limit=200&after=1200");
  }

  @Test
  void keepsOnlyTextAndAnnouncementChannels() {
    fake.guildPermissions(14, 1, "[{\"id\":\"14\",\"permissions\":\"19456\"}]");
    fake.botGet(
        "/guilds/14/channels",
        "[{\"id\":\"1\",\"name\":\"text\",\"type\":0,\"position\":2},"
            + "{\"id\":\"2\",\"name\":\"voice\",\"type\":2,\"position\":1},"
            + "{\"id\":\"3\",\"name\":\"news\",\"type\":5,\"position\":3},"
            + "{\"id\":\"4\",\"name\":\"category\",\"type\":4,\"position\":0}]");

    assertThat(client.channels(14)).extracting(GuildChannel::name).containsExactly("text", "news");
  }

  @Test
  void marksGuildsManageableWithManageServerAdministratorOrOwnership() {
    fake.botGuilds(
        "[{\"id\":\"1\",\"name\":\"a\",\"permissions\":\"32\"},"
            + "{\"id\":\"2\",\"name\":\"b\",\"permissions\":\"8\"},"
            + "{\"id\":\"3\",\"name\":\"c\",\"permissions\":\"1024\"},"
            + "{\"id\":\"4\",\"name\":\"d\",\"permissions\":\"0\",\"owner\":true}]");

    assertThat(client.botGuilds())
        .extracting(UserGuild::id, UserGuild::canManage)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, true),
            org.assertj.core.groups.Tuple.tuple(2L, true),
            org.assertj.core.groups.Tuple.tuple(3L, false),
            org.assertj.core.groups.Tuple.tuple(4L, true));
  }

  @Test
  void reportsAGuildTheBotCannotSeeAsNotFoundAndServerErrorsAsUnavailable() {
    assertThatThrownBy(() -> client.roles(999)).isInstanceOf(ResourceNotFoundException.class);
    fake.script("/guilds/15/roles", new Scripted(502, Map.of(), "bad gateway"));
    assertThatThrownBy(() -> client.roles(15)).isInstanceOf(DiscordUnavailableException.class);
  }

  @Test
  void exchangesACodeAndReadsTheUser() {
    fake.addUser(new FakeDiscord.User("code-x", "tok-x", 77, "alice", "[]"));

    OAuthTokens tokens = client.exchangeCode("code-x");
    DiscordUser me = client.currentUser(tokens.accessToken());

    assertThat(me.id()).isEqualTo(77);
    assertThat(me.username()).isEqualTo("alice");
    assertThat(tokens.toString()).doesNotContain("tok-x");
  }

  @Test
  void memberCanManageFromTheOwnerTheirRolesAndEveryone() {
    fake.guildPermissions(
        16,
        100,
        "[{\"id\":\"16\",\"permissions\":\"1024\"},"
            + "{\"id\":\"61\",\"permissions\":\"32\"},"
            + "{\"id\":\"62\",\"permissions\":\"8\"},"
            + "{\"id\":\"63\",\"permissions\":\"2048\"}]");
    fake.member(16, 100); // the owner, without roles
    fake.member(16, 101, 61); // Manage Server
    fake.member(16, 102, 63, 62); // Administrator
    fake.member(16, 103, 63); // neither

    assertThat(client.memberCanManage(16, 100)).isTrue();
    assertThat(client.memberCanManage(16, 101)).isTrue();
    assertThat(client.memberCanManage(16, 102)).isTrue();
    assertThat(client.memberCanManage(16, 103)).isFalse();
    assertThat(client.memberCanManage(16, 104)).as("not a member").isFalse();
    assertThat(client.memberCanManage(998, 101)).as("bot not in the guild").isFalse();
    fake.script("/guilds/16/members/101", new Scripted(502, Map.of(), "bad gateway"));
    assertThatThrownBy(() -> client.memberCanManage(16, 101))
        .isInstanceOf(DiscordUnavailableException.class);
  }
}
