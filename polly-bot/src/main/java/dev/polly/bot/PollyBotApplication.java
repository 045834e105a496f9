package dev.polly.bot;

import dev.polly.bot.discord.DiscordConnection;
import dev.polly.bot.discord.GatewayHealthCheck;
import dev.polly.bot.discord.JdaFactory;
import dev.polly.bot.features.BotServices;
import dev.polly.bot.features.Features;
import dev.polly.bot.startup.BotServerCommand;
import dev.polly.bot.startup.TokenCheck;
import dev.polly.bot.tasks.PollRefreshTask;
import dev.polly.bot.tasks.SchedulerSweepTask;
import dev.polly.common.config.AccessLogStatus;
import dev.polly.common.config.DbMigrateCommand;
import dev.polly.common.config.RedisCheckCommand;
import dev.polly.common.config.RedisServices;
import dev.polly.common.metrics.PrometheusEndpoint;
import dev.polly.common.persistence.Database;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;

/**
 * The JDA worker; {@link #run} is its composition root. It serves only the admin port (health
 * checks {@code gateway}, {@code database}, {@code redis}; metrics; {@code /prometheus}; tasks) and
 * hands JDA, the live-update worker, the results invalidator, the vote workers and the scheduler to
 * Dropwizard's lifecycle, in that order, so they stop in reverse.
 */
public class PollyBotApplication extends Application<BotConfiguration> {

  public static void main(String[] args) throws Exception {
    new PollyBotApplication().run(args);
  }

  @Override
  public String getName() {
    return "polly-bot";
  }

  @Override
  protected void addDefaultCommands(Bootstrap<BotConfiguration> bootstrap) {
    bootstrap.addCommand(new BotServerCommand(this));
    bootstrap.addCommand(new CheckCommand<>(this));
  }

  @Override
  public void initialize(Bootstrap<BotConfiguration> bootstrap) {
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    bootstrap.addCommand(new DbMigrateCommand<>(BotConfiguration.class));
    bootstrap.addCommand(new RedisCheckCommand<>(this));
  }

  @Override
  public void run(BotConfiguration config, Environment environment) {
    new TokenCheck().verify(config.getDiscord());
    BotSettings settings = config.getBot();
    Clock clock = Clock.systemUTC();
    Database database = config.getDatabase().build(environment);
    RedisServices redis = RedisServices.build(environment, config, getName());
    BotMetrics metrics = BotMetrics.register(environment.metrics());
    DiscordConnection discord =
        new DiscordConnection(
            new JdaFactory(
                config.getDiscord(),
                settings.getShards(),
                settings.getHandlerThreads(),
                metrics.rateLimited()));
    BotServices services =
        new BotServices(
            database.polls(),
            database.votes(),
            database.ballots(),
            database.voteToggle(),
            database.preferences(),
            database.deletedMessages(),
            redis.caches(),
            redis.events(),
            redis.locks());
    Features features =
        Features.wire(
            services,
            discord,
            metrics,
            clock,
            new Features.Timing(
                settings.getEditInterval().toJavaDuration(),
                settings.getSchedulerTick().toJavaDuration(),
                settings.getVoteThreads(),
                settings.getAnswersInFlight()));
    environment.lifecycle().manage(discord);
    environment.lifecycle().manage(features.live());
    environment.lifecycle().manage(features.invalidator());
    environment.lifecycle().manage(features.voteWorkers());
    environment.lifecycle().manage(features.scheduler());
    environment.healthChecks().register("gateway", new GatewayHealthCheck(discord));
    environment.admin().addTask(new SchedulerSweepTask(features.scheduler()));
    environment.admin().addTask(new PollRefreshTask(features.live()));
    new PrometheusEndpoint(environment.metrics()).register(environment.admin());
    environment.lifecycle().addEventListener(new AccessLogStatus());
  }
}
