package dev.polly.common.dev;

import io.dropwizard.lifecycle.Managed;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server run from zonky's bundled binaries, for development only. Its data lives
 * in a directory that is kept across restarts (never cleaned). Started synchronously by {@link
 * #start} so that migrations can run before the Dropwizard lifecycle starts; registered as {@link
 * Managed} so that it stops with the process.
 */
public final class EmbeddedPostgresServer implements Managed, AutoCloseable {
  /** The superuser and database zonky's initdb creates. */
  public static final String USER = "postgres";

  private static final String DATABASE = "postgres";

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  /**
   * Starts PostgreSQL on {@code port} (0 for any free port) with its data in {@code dataDirectory},
   * creating the cluster on first use and reusing it afterwards.
   */
  public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
    try {
      Path absolute = dataDirectory.toAbsolutePath().normalize();
      Files.createDirectories(absolute);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder().setDataDirectory(absolute).setCleanDataDirectory(false);
      if (port > 0) {
        builder.setPort(port);
      }
      return new EmbeddedPostgresServer(builder.start(), absolute);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start embedded PostgreSQL in " + dataDirectory.toAbsolutePath(), e);
    }
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl(USER, DATABASE);
  }

  public String user() {
    return USER;
  }

  /** Empty: the embedded server trusts local connections. */
  public String password() {
    return "";
  }

  public int port() {
    return postgres.getPort();
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  @Override
  public void stop() {
    close();
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
    }
  }
}
