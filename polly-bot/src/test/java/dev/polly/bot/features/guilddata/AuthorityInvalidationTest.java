package dev.polly.bot.features.guilddata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeGuild;
import dev.polly.bot.support.BotHarness;
import dev.polly.bot.support.TestServices;
import dev.polly.common.authority.GuildAuthorityCache;
import dev.polly.common.cache.CacheFactory;
import dev.polly.common.cache.RegionSettings;
import dev.polly.common.domain.MemberAuthority;
import dev.polly.common.testing.RunningRedisServices;
import dev.polly.common.testing.TestRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bot retires the API's cached Manage Server answers the moment it sees a change: a member
 * updated or gone retires that member's answer, a role change the whole guild's. The "API" here is
 * a second process on the same Redis whose near cache would keep a copy for 10 minutes, so only the
 * Redis delete plus the announcement on {@code polly:events} can make it ask Discord again.
 */
class AuthorityInvalidationTest {
  private static final long ALICE = 7001;
  private static final long BOB = 7002;

  private FakeDiscord discord;
  private TestServices services;
  private BotHarness bot;
  private RunningRedisServices api;
  private GuildAuthorityCache answers;
  private long guild;
  private Instant now;

  @BeforeEach
  void start() throws Exception {
    discord = FakeDiscord.start();
    services = TestServices.create();
    bot = new BotHarness(discord, services.bot(), Duration.ofMillis(500), Duration.ofSeconds(5));
    CacheFactory longNearCache = new CacheFactory();
    longNearCache.setRegions(
        Map.of(
            CacheFactory.GUILD,
            new RegionSettings(
                io.dropwizard.util.Duration.minutes(10), io.dropwizard.util.Duration.minutes(10))));
    api = RunningRedisServices.start(TestRedis.get().relaxedFactory(), longNearCache, "api-test");
    answers = new GuildAuthorityCache(api.services().caches(), Duration.ofMinutes(10));
    guild = discord.guild().id();
    now = Instant.now(); // one instant for the test: one check window
    String key = Long.toString(guild);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> services.bot().caches().guildChannels().getIfPresent(key).isPresent());
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
    bot.close();
    services.close();
    discord.close();
  }

  @Test
  @DisplayName("a member's role update retires that member's answer at once, not another's")
  void memberUpdateRetiresThatMember() {
    seed(ALICE);
    seed(BOB);

    discord.dispatch(guild, "GUILD_MEMBER_UPDATE", discord.guild().memberUpdatePayload(ALICE));

    awaitRetired(ALICE);
    assertThat(cached(BOB)).as("Bob's answer stays").isTrue();
  }

  @Test
  @DisplayName("a member leaving retires their answer at once")
  void memberRemoveRetiresThatMember() {
    seed(ALICE);

    discord.dispatch(guild, "GUILD_MEMBER_REMOVE", discord.guild().memberRemovePayload(ALICE));

    awaitRetired(ALICE);
  }

  @Test
  @DisplayName("a role's permissions changing retires every answer of the guild at once")
  void roleUpdateRetiresTheGuild() {
    seed(ALICE);
    seed(BOB);
    FakeGuild g = discord.guild();

    discord.dispatch(
        guild, "GUILD_ROLE_UPDATE", g.roleUpdatePayload(g.managerRoleId(), "Managers", 3, "0"));

    awaitRetired(ALICE);
    awaitRetired(BOB);
  }

  /** Caches "may manage" for the user, as the API does after asking Discord. */
  private void seed(long userId) {
    answers.current(guild, userId, now, () -> new MemberAuthority(guild, userId, true, now));
    assertThat(cached(userId)).isTrue();
  }

  /**
   * Whether the API process still uses the seeded "may manage"; if not, the check it had to make
   * answered "may not" and that is cached now.
   */
  private boolean cached(long userId) {
    return answers
        .current(guild, userId, now, () -> new MemberAuthority(guild, userId, false, now))
        .canManage();
  }

  private void awaitRetired(long userId) {
    await().atMost(Duration.ofSeconds(10)).until(() -> !cached(userId));
  }
}
