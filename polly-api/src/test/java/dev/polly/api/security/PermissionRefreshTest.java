package dev.polly.api.security;

import static dev.polly.api.support.World.G1;
import static dev.polly.api.support.World.G1_MANAGER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.api.support.ClockedApiApplication;
import dev.polly.api.support.FakeDiscord;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.MutableClock;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import dev.polly.common.authority.AuthorityInvalidator;
import dev.polly.common.authority.GuildAuthorityCache;
import dev.polly.common.cache.CacheFactory;
import dev.polly.common.testing.RunningRedisServices;
import dev.polly.common.testing.TestPostgres;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.testing.ConfigOverride;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Manage Server permission removed in Discord stops working within one check period (the guild
 * region's TTL, 10 min here) although the login's guild list still names the guild: the API asks
 * Discord again with the bot token once the period is over. While Discord cannot be asked, changes
 * are refused with a 503 and reads use the previous answer only while it is younger than the
 * period. When the bot sees the change (a second process on the same Redis, announcing on {@code
 * polly:events}), the refusal is immediate. The API's clock is a test clock, so "10 minutes later"
 * takes no time.
 */
class PermissionRefreshTest {
  static final Duration PERIOD = Duration.ofMinutes(10);

  @RegisterExtension
  static final RunningApi API =
      new RunningApi(
          ClockedApiApplication.class,
          ConfigOverride.config("cache.regions.guild.ttl", "10m"),
          // a near copy outlives the waits below: only the bot's announcement can drop it early
          ConfigOverride.config("cache.regions.guild.nearCacheTtl", "1m"));

  static Http http;
  static MutableClock clock;
  static GuildAuthorityCache authority;
  static RunningRedisServices botProcess;
  static AuthorityInvalidator bot;

  @BeforeAll
  static void start() {
    http = API.http();
    clock = ((ClockedApiApplication) API.app().getApplication()).mutableClock();
    authority = new GuildAuthorityCache(API.backends().caches(), PERIOD);
    botProcess =
        RunningRedisServices.start(
            TestRedis.get().relaxedFactory(), new CacheFactory(), "polly-bot-permission-test");
    bot = new AuthorityInvalidator(botProcess.services().caches());
  }

  @AfterAll
  static void stop() {
    botProcess.close();
  }

  @Test
  @DisplayName("once the bot sees the member's roles change, their next change is refused at once")
  void botSeeingTheChangeRefusesAtOnce() {
    long grace = 9_100_000_000_000_005L;
    String token = manager(grace, "grace");
    long poll = createdPoll(token);
    API.discord().member(G1, grace);

    bot.forgetMember(G1, grace, clock.instant()); // the bot's clock reads the API's time here

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> http.get("/api/guilds/" + G1 + "/roles", token).status() == 403);
    assertThat(create(token).status()).isEqualTo(403);
    assertThat(http.json("POST", "/api/polls/" + poll + "/close", token, "{}").status())
        .isEqualTo(404);
  }

  @Test
  @DisplayName("once the bot sees a role lose Manage Server, every holder is refused at once")
  void botSeeingARoleChangeRefusesEveryHolder() {
    String heidi = manager(9_100_000_000_000_006L, "heidi");
    String ivan = manager(9_100_000_000_000_007L, "ivan");
    createdPoll(heidi);
    createdPoll(ivan);
    API.discord().guildPermissions(G1, World.G1_OWNER, World.g1Roles(0), World.G1_BOT_ROLE);
    try {
      bot.forgetGuild(G1);

      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> http.get("/api/guilds/" + G1 + "/roles", heidi).status() == 403);
      assertThat(create(heidi).status()).isEqualTo(403);
      assertThat(create(ivan).status()).isEqualTo(403);
    } finally {
      API.discord().guildPermissions(G1, World.G1_OWNER, World.g1Roles(32), World.G1_BOT_ROLE);
      bot.forgetGuild(G1);
    }
  }

  @Test
  @DisplayName("a demoted manager keeps the answer of the current period, then loses every action")
  void demotedManagerIsRefusedOnceThePeriodIsOver() {
    long carol = 9_100_000_000_000_001L;
    String token = manager(carol, "carol");
    long poll = createdPoll(token);

    API.discord().member(G1, carol); // the manager role is taken away in Discord
    assertThat(create(token).status()).as("answer of the current period").isEqualTo(201);

    clock.advance(PERIOD);
    String p = "/api/polls/" + poll;
    assertThat(create(token).status()).isEqualTo(403);
    assertThat(http.json("POST", p + "/close", token, "{}").status()).isEqualTo(404);
    assertThat(http.send(http.request(p, token).DELETE().build()).status()).isEqualTo(404);
    assertThat(http.get(p + "/export.csv", token).status()).isEqualTo(404);
    assertThat(http.get(p, token).status()).isEqualTo(404);
    assertThat(http.get("/api/polls?guild=" + G1, token).status()).isEqualTo(403);
    assertThat(http.get("/api/guilds/" + G1 + "/channels", token).status()).isEqualTo(403);
    assertThat(TestPostgres.get().database().polls().find(poll)).isPresent();
  }

  @Test
  @DisplayName("a member who left the guild is refused once the period is over")
  void memberWhoLeftIsRefused() {
    long dave = 9_100_000_000_000_002L;
    String token = manager(dave, "dave");
    createdPoll(token);

    API.discord().removeMember(G1, dave);
    clock.advance(PERIOD);

    assertThat(create(token).status()).isEqualTo(403);
  }

  @Test
  @DisplayName(
      "Discord away when a check is due: changes 503, reads on the last answer for a period")
  void discordAwayRefusesChangesAndServesRecentReads() {
    long erin = 9_100_000_000_000_003L;
    String token = manager(erin, "erin");
    long poll = createdPoll(token);
    String member = "/guilds/" + G1 + "/members/" + erin;
    String p = "/api/polls/" + poll;

    clock.set(authority.nextCheckAt(G1, erin, clock.instant()));
    API.discord().fail(member);
    try {
      assertThat(http.get(p, token).status()).as("read on the last answer").isEqualTo(200);
      Http.Resp refused = create(token);
      assertThat(refused.status()).isEqualTo(503);
      assertThat(refused.json().path("code").asText()).isEqualTo("permission_unverified");
      assertThat(refused.json().path("message").asText()).contains("Discord", "Manage Server");
      assertThat(http.json("POST", p + "/close", token, "{}").status()).isEqualTo(503);

      clock.advance(PERIOD);
      Http.Resp read = http.get(p, token);
      assertThat(read.status()).as("last answer older than a period").isEqualTo(503);
      assertThat(read.json().path("code").asText()).isEqualTo("permission_unverified");
    } finally {
      API.discord().recover(member);
    }
    assertThat(http.get(p, token).status()).isEqualTo(200);
    assertThat(create(token).status()).isEqualTo(201);
  }

  @Test
  @DisplayName("the guild owner and Administrator manage without Manage Server")
  void ownerAndAdministratorManage() {
    long owner = World.G1_OWNER;
    long admin = 9_100_000_000_000_004L;
    String ownerToken = manager(owner, "owner");
    API.discord().member(G1, owner);
    String adminToken = manager(admin, "admin");
    API.discord().member(G1, admin, World.G1_BOT_ROLE, World.G1_ADMIN_ROLE);
    clock.advance(PERIOD);
    assertThat(create(ownerToken).status()).isEqualTo(201);
    assertThat(create(adminToken).status()).isEqualTo(201);

    API.discord().member(G1, admin); // no role left, @everyone lacks Manage Server
    clock.advance(PERIOD);
    assertThat(create(ownerToken).status()).isEqualTo(201);
    assertThat(create(adminToken).status()).isEqualTo(403);
  }

  /** Registers a manager of G1 (user guild list and member roles) and logs them in. */
  static String manager(long id, String name) {
    FakeDiscord.User user =
        new FakeDiscord.User(
            name + "-code",
            name + "-token",
            id,
            name,
            "[{\"id\":\""
                + G1
                + "\",\"name\":\"Guild One\",\"icon\":null,\"permissions\":\"32\"}]");
    API.discord().addUser(user);
    API.discord().member(G1, id, G1_MANAGER_ROLE);
    return Login.as(http, user);
  }

  static Http.Resp create(String token) {
    return http.json("POST", "/api/polls", token, World.pollJson("Lunch", false, false));
  }

  static long createdPoll(String token) {
    Http.Resp created = create(token);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asLong();
  }
}
