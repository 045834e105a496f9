package dev.polly.bot.support;

import dev.polly.bot.fake.FakeDiscord;
import java.time.Duration;
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
