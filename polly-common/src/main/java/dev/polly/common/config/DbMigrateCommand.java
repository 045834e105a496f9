package dev.polly.common.config;

import dev.polly.common.dev.EmbeddedPostgresServer;
import dev.polly.common.persistence.DatabaseFactory;
import dev.polly.common.persistence.DatabaseUrl;
import dev.polly.common.persistence.SchemaMigrator;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.io.PrintStream;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The operator command {@code db migrate config.yml}: applies pending Flyway migrations to the
 * configured database (or to the embedded one when {@code database.url} is empty) and exits.
 * Register it in {@code initialize}: {@code bootstrap.addCommand(new
 * DbMigrateCommand<>(ApiConfiguration.class))}. The action argument leaves room for later actions
 * such as {@code info}.
 */
public class DbMigrateCommand<T extends PollyConfiguration> extends ConfiguredCommand<T> {
  private static final String ACTION = "action";

  private final Class<T> configurationClass;
  private final PrintStream out;

  public DbMigrateCommand(Class<T> configurationClass) {
    this(configurationClass, System.out);
  }

  /** For tests: {@code out} receives the one-line report. */
  public DbMigrateCommand(Class<T> configurationClass, PrintStream out) {
    super("db", "Database maintenance; 'db migrate config.yml' applies pending migrations");
    this.configurationClass = configurationClass;
    this.out = out;
  }

  @Override
  protected Class<T> getConfigurationClass() {
    return configurationClass;
  }

  @Override
  public void configure(Subparser subparser) {
    subparser
        .addArgument(ACTION)
        .choices("migrate")
        .help("what to do: 'migrate' applies pending Flyway migrations");
    super.configure(subparser);
  }

  /** A configuration failure prints one line per problem (see {@link ConfigErrors}), no trace. */
  @Override
  public void onError(Cli cli, Namespace namespace, Throwable e) {
    if (!ConfigErrors.report(cli, namespace, e)) {
      super.onError(cli, namespace, e);
    }
  }

  @Override
  protected void run(Bootstrap<T> bootstrap, Namespace namespace, T configuration) {
    DatabaseFactory factory = configuration.getDatabase();
    if (factory.getUrl().isBlank()) {
      try (EmbeddedPostgresServer server = factory.startEmbedded()) {
        report(SchemaMigrator.migrate(server.jdbcUrl(), server.user(), server.password()));
      }
    } else {
      DatabaseUrl target =
          DatabaseUrl.resolve(factory.getUrl(), factory.getUser(), factory.getPassword());
      out.println("Migrating " + target.masked());
      report(SchemaMigrator.migrate(target.jdbcUrl(), target.user(), target.password()));
    }
  }

  private void report(MigrateResult result) {
    out.println(
        "Applied "
            + result.migrationsExecuted
            + " migration(s); schema version is now "
            + (result.targetSchemaVersion == null
                ? result.initialSchemaVersion
                : result.targetSchemaVersion));
  }
}
