package dev.polly.bot.support;

import dev.polly.bot.fake.FakeDiscord;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that gives a whole test class one bot in one guild: a {@link FakeDiscord},
 * the real stores ({@link TestServices}), one bot process ({@link BotHarness}) and the {@link
 * GuildCommands} that drive it; closed in reverse order after the class. Register it on a static
 * field: {@code @RegisterExtension static final SharedGuildBot WORLD = new
 * SharedGuildBot(Duration.ofMillis(500), Duration.ofSeconds(5));}. Tests of one class share its
 * polls, so each creates its own.
 */
public final class SharedGuildBot implements BeforeAllCallback, AfterAllCallback {
  private final Duration editInterval;
  private final Duration schedulerTick;
  private FakeDiscord discord;
  private TestServices services;
  private BotHarness bot;
  private GuildCommands guild;

  /** A bot that edits a message at most once per {@code editInterval} and ticks its scheduler. */
  public SharedGuildBot(Duration editInterval, Duration schedulerTick) {
    this.editInterval = editInterval;
    this.schedulerTick = schedulerTick;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    discord = FakeDiscord.start();
    services = TestServices.create();
    bot = new BotHarness(discord, services.bot(), editInterval, schedulerTick);
    guild = new GuildCommands(discord, services);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try (AutoCloseable d = discord;
        AutoCloseable s = services;
        AutoCloseable b = bot) {
      // closed in reverse order: bot, services, Discord
    }
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

  /** The slash commands, clicks and polls of the test guild. */
  public GuildCommands guild() {
    return guild;
  }
}
