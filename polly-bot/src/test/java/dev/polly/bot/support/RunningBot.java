package dev.polly.bot.support;

import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeMember;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that gives each test a fresh bot: a {@link FakeDiscord}, the real stores
 * emptied ({@link TestServices}) and one bot process on them ({@link BotHarness}); closed in
 * reverse order after the test. Register it on a field: {@code @RegisterExtension final RunningBot
 * world = new RunningBot(Duration.ofMillis(500));}.
 */
public final class RunningBot implements BeforeEachCallback, AfterEachCallback {
  private static final Duration SCHEDULER_TICK = Duration.ofSeconds(5);

  private final Duration editInterval;
  private FakeDiscord discord;
  private TestServices services;
  private BotHarness bot;

  /** A bot that edits a poll message at most once per {@code editInterval}. */
  public RunningBot(Duration editInterval) {
    this.editInterval = editInterval;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    discord = FakeDiscord.start();
    services = TestServices.create();
    bot = new BotHarness(discord, services.bot(), editInterval, SCHEDULER_TICK);
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    try (AutoCloseable d = discord;
        AutoCloseable s = services;
        AutoCloseable b = bot) {
      // closed in reverse order: bot, services, Discord
    }
  }

  /** Runs {@code /command subcommand options} as {@code member} in the test guild; its id. */
  public long slash(
      FakeMember member, String command, String subcommand, Map<String, Object> options) {
    return discord.interact(
        discord.interactions().slash(discord.guild(), member, command, subcommand, options));
  }

  /** Clicks the button {@code customId} on message {@code messageId}; the interaction's id. */
  public long button(FakeMember member, String customId, long messageId) {
    return discord.interact(
        discord.interactions().button(discord.guild(), member, customId, messageId));
  }

  /** Picks {@code values} in the select menu {@code customId}; the interaction's id. */
  public long select(FakeMember member, String customId, List<String> values, long messageId) {
    return discord.interact(
        discord.interactions().select(discord.guild(), member, customId, values, messageId));
  }

  /** Submits the modal {@code customId} with {@code fields}; the interaction's id. */
  public long modal(FakeMember member, String customId, Map<String, String> fields) {
    return discord.interact(
        discord.interactions().modal(discord.guild(), member, customId, fields));
  }

  public FakeDiscord discord() {
    return discord;
  }

  public TestServices services() {
    return services;
  }

  public BotHarness bot() {
    return bot;
  }
}
