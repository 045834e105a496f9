package dev.polly.bot.startup;

import dev.polly.bot.BotConfiguration;
import dev.polly.bot.discord.DiscordLoginException;
import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import jakarta.validation.ConstraintViolation;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * Dropwizard's {@code server} command with operator-friendly failures: an invalid configuration
 * (such as a missing {@code DISCORD_TOKEN}) or a rejected token prints one line per problem, with
 * no stack trace. Any other failure keeps Dropwizard's default report.
 */
public final class BotServerCommand extends ServerCommand<BotConfiguration> {
  public BotServerCommand(Application<BotConfiguration> application) {
    super(application);
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable e) {
    if (!report(cli, e)) {
      super.onError(cli, namespace, e);
    }
  }

  /** Prints the clean message for known startup failures; false for anything else. */
  static boolean report(Cli cli, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DiscordLoginException login) {
        cli.getStdErr().println("polly-bot: " + login.getMessage());
        return true;
      }
      if (t instanceof ConfigurationValidationException invalid) {
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
          String path = violation.getPropertyPath().toString();
          String where =
              path.isEmpty() || violation.getMessage().contains("DISCORD_TOKEN") ? "" : path + " ";
          cli.getStdErr().println("polly-bot: " + where + violation.getMessage());
        }
        return true;
      }
    }
    return false;
  }
}
