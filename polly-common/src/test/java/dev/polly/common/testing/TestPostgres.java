package dev.polly.common.testing;

import com.codahale.metrics.MetricRegistry;
import dev.polly.common.dev.EmbeddedPostgresServer;
import dev.polly.common.persistence.Database;
import dev.polly.common.persistence.SchemaMigrator;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.util.Duration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/**
 * One real, migrated PostgreSQL per test JVM (embedded, zonky), shared by every test of a module
 * through {@link #get()}. It listens on a free port chosen once, so {@link #stop()} and {@link
 * #start()} restart it on the same port with the same data (outage tests). Tests isolate themselves
 * with {@link #truncateAll()}. The server stops in a JVM shutdown hook.
 */
public final class TestPostgres {
  private static TestPostgres shared;

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgresServer server;
  private Database database;

  private TestPostgres(Path dataDirectory, int port) {
    this.dataDirectory = dataDirectory;
    this.port = port;
  }

  /** The JVM's instance, started and migrated on first use. */
  public static synchronized TestPostgres get() {
    if (shared == null) {
      TestPostgres postgres = new TestPostgres(newDataDirectory(), freePort());
      postgres.start();
      SchemaMigrator.migrate(postgres.jdbcUrl(), postgres.user(), postgres.password());
      Runtime.getRuntime().addShutdownHook(new Thread(postgres::discard, "test-postgres-stop"));
      shared = postgres;
    }
    return shared;
  }

  /** {@code jdbc:postgresql://localhost:<port>/postgres}; stable across stop/start. */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  public String user() {
    return EmbeddedPostgresServer.USER;
  }

  public String password() {
    return "";
  }

  public int port() {
    return port;
  }

  /** DAOs over a small pool that validates connections, so it recovers after a restart. */
  public synchronized Database database() {
    if (database == null) {
      database = Database.attach(Jdbi.create(pooledDataSource()));
    }
    return database;
  }

  /**
   * The versions of the migrations Flyway applied successfully to {@code jdbi}'s database, in
   * order.
   */
  public static List<String> appliedMigrations(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
                .mapTo(String.class)
                .list());
  }

  public Jdbi jdbi() {
    return database().jdbi();
  }

  /** Deletes every row of every Polly table and resets the id sequences. */
  public void truncateAll() {
    jdbi()
        .useHandle(
            handle ->
                handle.execute(
                    "TRUNCATE votes, poll_options, polls, user_preferences, sessions, deleted_poll_messages"
                        + " RESTART IDENTITY CASCADE"));
  }

  /** Starts the server (again) on the same port and data directory; no-op when running. */
  public synchronized void start() {
    if (server == null) {
      server = EmbeddedPostgresServer.start(dataDirectory, port);
    }
  }

  /** Stops the server, keeping its data; clients see connection failures until {@link #start}. */
  public synchronized void stop() {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  /** Stops the server and deletes its data (about 40 MB per run); used at JVM exit. */
  private synchronized void discard() {
    stop();
    try (Stream<Path> files = Files.walk(dataDirectory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      Files.deleteIfExists(EmbeddedPostgresServer.logFile(dataDirectory));
    } catch (IOException | UncheckedIOException e) {
      // Best effort at JVM exit: target/ is removed by mvn clean anyway.
    }
  }

  public synchronized boolean running() {
    return server != null;
  }

  private ManagedDataSource pooledDataSource() {
    DataSourceFactory factory = new DataSourceFactory();
    factory.setDriverClass("org.postgresql.Driver");
    factory.setUrl(jdbcUrl());
    factory.setUser(user());
    factory.setPassword(password());
    factory.setMinSize(0);
    factory.setInitialSize(0);
    factory.setMaxSize(32);
    factory.setMaxWaitForConnection(Duration.seconds(5));
    factory.setCheckConnectionOnBorrow(true);
    factory.setValidationInterval(Duration.milliseconds(0));
    return factory.build(new MetricRegistry(), "test-postgres");
  }

  private static Path newDataDirectory() {
    try {
      Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
      return Files.createTempDirectory(tmp, "test-pg-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
