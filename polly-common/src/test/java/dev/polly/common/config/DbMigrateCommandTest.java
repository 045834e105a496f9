package dev.polly.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.TestPostgres;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db migrate config.yml} through Dropwizard's real command line. */
class DbMigrateCommandTest {
  /** A configuration with only the shared sections, as both Polly processes have. */
  public static class MinimalConfiguration extends PollyConfiguration {}

  /** An application that only knows the command. */
  static class MigrateOnlyApplication extends Application<MinimalConfiguration> {
    private final PrintStream out;

    MigrateOnlyApplication(PrintStream out) {
      this.out = out;
    }

    @Override
    public void initialize(Bootstrap<MinimalConfiguration> bootstrap) {
      bootstrap.addCommand(new DbMigrateCommand<>(MinimalConfiguration.class, out));
    }

    @Override
    public void run(MinimalConfiguration configuration, Environment environment) {}
  }

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  @Test
  void migratesAnEmptyDatabaseThenReportsNothingToDo(@TempDir Path tmp) throws Exception {
    TestPostgres postgres = TestPostgres.get();
    String database = "migrate_cmd_" + System.nanoTime();
    postgres.jdbi().useHandle(h -> h.execute("CREATE DATABASE " + database));
    String url = "jdbc:postgresql://localhost:" + postgres.port() + "/" + database;
    Path config = tmp.resolve("db.yml");
    Files.writeString(
        config, "database:\n  url: " + url + "\n  user: " + postgres.user() + "\n  password: ''\n");

    assertThat(run("db", "migrate", config.toString())).isEmpty();
    List<String> applied =
        TestPostgres.appliedMigrations(Jdbi.create(url, postgres.user(), postgres.password()));
    assertThat(applied).isNotEmpty();
    assertThat(out())
        .contains(
            "Applied "
                + applied.size()
                + " migration(s); schema version is now "
                + applied.get(applied.size() - 1));

    stdout.reset();
    assertThat(run("db", "migrate", config.toString())).isEmpty();
    assertThat(out()).contains("Applied 0 migration(s)");
  }

  @Test
  void unknownActionIsRefusedWithUsage() throws Exception {
    assertThat(run("db", "drop", "config.yml")).isPresent();
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("migrate");
  }

  private Optional<Throwable> run(String... args) throws Exception {
    PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
    MigrateOnlyApplication application = new MigrateOnlyApplication(out);
    Bootstrap<MinimalConfiguration> bootstrap = new Bootstrap<>(application);
    application.initialize(bootstrap);
    Cli cli =
        new Cli(
            new JarLocation(getClass()),
            bootstrap,
            out,
            new PrintStream(stderr, true, StandardCharsets.UTF_8));
    return cli.run(args);
  }

  private String out() {
    return stdout.toString(StandardCharsets.UTF_8);
  }
}
