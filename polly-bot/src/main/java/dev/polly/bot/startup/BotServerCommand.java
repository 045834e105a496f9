package dev.polly.bot.startup;

import dev.polly.bot.BotConfiguration;
import dev.polly.bot.discord.DiscordLoginException;
import dev.polly.common.config.ReportingServerCommand;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * Dropwizard's {@code server} command with operator-friendly failures: a missing {@code
 * DISCORD_TOKEN} (only this command needs one), a token Discord rejects or a Discord it cannot
 * reach prints one line, and an invalid configuration one line per problem, with no stack trace.
 * Any other failure keeps Dropwizard's default report.
 */
public final class BotServerCommand extends ReportingServerCommand<BotConfiguration> {
  static final String MISSING_TOKEN =
      "DISCORD_TOKEN is not set: the bot needs a bot token (see README, Configuration)";

  public BotServerCommand(Application<BotConfiguration> application) {
    super(application);
  }

  @Override
  protected void run(
      Bootstrap<BotConfiguration> bootstrap, Namespace namespace, BotConfiguration configuration)
      throws Exception {
    if (!configuration.getDiscord().hasToken()) {
      throw new DiscordLoginException(MISSING_TOKEN);
    }
    super.run(bootstrap, namespace, configuration);
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DiscordLoginException login) {
        cli.getStdErr().println("polly-bot: " + login.getMessage());
        return;
      }
    }
    super.onError(cli, namespace, e);
  }
}
