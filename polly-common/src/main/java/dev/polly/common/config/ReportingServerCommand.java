package dev.polly.common.config;

import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * Dropwizard's {@code server} command, except that a configuration failure prints one line per
 * problem naming the environment variable behind it ({@link ConfigErrors}), with no stack trace.
 * Any other failure keeps Dropwizard's default report.
 */
public class ReportingServerCommand<T extends Configuration> extends ServerCommand<T> {
  public ReportingServerCommand(Application<T> application) {
    super(application);
  }

  @Override
  public void onError(Cli cli, Namespace namespace, Throwable e) {
    if (!ConfigErrors.report(cli, namespace, e)) {
      super.onError(cli, namespace, e);
    }
  }
}
