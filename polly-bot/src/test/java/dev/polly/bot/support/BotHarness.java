package dev.polly.bot.support;

import com.codahale.metrics.MetricRegistry;
import dev.polly.bot.BotMetrics;
import dev.polly.bot.BotSettings;
import dev.polly.bot.ShardSettings;
import dev.polly.bot.discord.DiscordConnection;
import dev.polly.bot.discord.JdaFactory;
import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.features.BotServices;
import dev.polly.bot.features.Features;
import dev.polly.common.config.DiscordFactory;
import java.time.Clock;
import java.time.Duration;

/**
 * One bot instance wired exactly as the application wires it (same {@link Features}), connected
 * through the real JDA to a {@link FakeDiscord}. Start order and stop order mirror Dropwizard's
 * lifecycle: connection, live updates, results invalidator, vote workers, scheduler; reversed on
 * close.
 */
public final class BotHarness implements AutoCloseable {
  private final DiscordConnection connection;
  private final Features features;
  private final MetricRegistry registry = new MetricRegistry();
  private final BotMetrics metrics = BotMetrics.register(registry);

  public BotHarness(FakeDiscord discord, BotServices services, Duration editInterval, Duration tick)
      throws Exception {
    this(discord, services, editInterval, tick, new ShardSettings());
  }

  public BotHarness(
      FakeDiscord discord,
      BotServices services,
      Duration editInterval,
      Duration tick,
      ShardSettings shards)
      throws Exception {
    DiscordFactory config = new DiscordFactory();
    config.setToken(FakeDiscord.TOKEN);
    config.setApiBaseUrl(discord.apiBaseUrl());
    config.setGatewayUrl(discord.gatewayUrl());
    connection = new DiscordConnection(new JdaFactory(config, shards, 8, metrics.rateLimited()));
    features =
        Features.wire(
            services,
            connection,
            metrics,
            Clock.systemUTC(),
            new Features.Timing(
                editInterval, tick, voteThreads(), BotSettings.DEFAULT_ANSWERS_IN_FLIGHT));
    connection.start();
    features.live().start();
    features.invalidator().start();
    features.voteWorkers().start();
    features.scheduler().start();
  }

  /**
   * The vote workers' size: the application's default, or the system property {@code
   * polly.bench.voteThreads} (the benchmark's knob for sizing the pool).
   */
  private static int voteThreads() {
    return Integer.getInteger("polly.bench.voteThreads", BotSettings.DEFAULT_VOTE_THREADS);
  }

  public BotMetrics metrics() {
    return metrics;
  }

  public MetricRegistry registry() {
    return registry;
  }

  public DiscordConnection connection() {
    return connection;
  }

  @Override
  public void close() throws Exception {
    features.scheduler().stop();
    features.voteWorkers().stop();
    features.invalidator().stop();
    features.live().stop();
    connection.stop();
  }
}
