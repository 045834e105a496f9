package dev.polly.common.dev;

import io.dropwizard.lifecycle.Managed;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL server run from zonky's bundled binaries, for development only. Its data lives
 * in a directory that is kept across restarts (never cleaned). Because polly-api and polly-bot
 * share one database, the second process to ask for the same directory attaches to the server the
 * first one started instead of starting its own ({@link #owned()} is then false and {@link #stop()}
 * leaves the server running). Started synchronously so that migrations can run before the
 * Dropwizard lifecycle starts; registered as {@link Managed} so that it stops with its process.
 */
public final class EmbeddedPostgresServer implements Managed, AutoCloseable {
  /** The superuser and database zonky's initdb creates. */
  public static final String USER = "postgres";

  private static final String DATABASE = "postgres";
  private static final long ATTACH_WAIT_MILLIS = 20_000;

  private final EmbeddedPostgres postgres;
  private final int port;
  private final Path dataDirectory;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres, int port, Path dataDirectory) {
    this.postgres = postgres;
    this.port = port;
    this.dataDirectory = dataDirectory;
  }

  /**
   * Attaches to the server already running on {@code dataDirectory}, or starts one on any free
   * port. If another process is starting one at the same moment, waits for it and attaches.
   */
  public static EmbeddedPostgresServer startOrAttach(Path dataDirectory) {
    Path absolute = dataDirectory.toAbsolutePath().normalize();
    Optional<Integer> running = runningPort(absolute);
    if (running.isPresent()) {
      return new EmbeddedPostgresServer(null, running.get(), absolute);
    }
    try {
      return start(absolute, 0);
    } catch (IllegalStateException lockedByAnotherProcess) {
      long deadline = System.currentTimeMillis() + ATTACH_WAIT_MILLIS;
      while (System.currentTimeMillis() < deadline) {
        running = runningPort(absolute);
        if (running.isPresent()) {
          return new EmbeddedPostgresServer(null, running.get(), absolute);
        }
        sleepBriefly();
      }
      throw lockedByAnotherProcess;
    }
  }

  /**
   * Starts PostgreSQL on {@code port} (0 for any free port) with its data in {@code dataDirectory},
   * creating the cluster on first use and reusing it afterwards.
   */
  public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
    try {
      Path absolute = dataDirectory.toAbsolutePath().normalize();
      Files.createDirectories(absolute);
      ProcessBuilder.Redirect serverLog =
          ProcessBuilder.Redirect.appendTo(logFile(absolute).toFile());
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(absolute)
              .setCleanDataDirectory(false)
              .setOutputRedirector(serverLog)
              .setErrorRedirector(serverLog);
      if (port > 0) {
        builder.setPort(port);
      }
      EmbeddedPostgres postgres = builder.start();
      return new EmbeddedPostgresServer(postgres, postgres.getPort(), absolute);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start embedded PostgreSQL in " + dataDirectory.toAbsolutePath(), e);
    }
  }

  /**
   * Where the server's own output goes ({@code pg.log} next to a data directory {@code pg}), so
   * that it does not flood the application log; initdb needs the data directory itself empty.
   */
  public static Path logFile(Path dataDirectory) {
    Path absolute = dataDirectory.toAbsolutePath().normalize();
    return absolute.resolveSibling(absolute.getFileName() + ".log");
  }

  /** The port of a live server whose {@code postmaster.pid} is in {@code dataDirectory}. */
  static Optional<Integer> runningPort(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    try {
      List<String> lines = Files.readAllLines(pidFile);
      int port = Integer.parseInt(lines.get(3).trim());
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("localhost", port), 500);
        return Optional.of(port);
      }
    } catch (IOException | RuntimeException absentStaleOrStarting) {
      return Optional.empty();
    }
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
  }

  public String user() {
    return USER;
  }

  /** Empty: the embedded server trusts local connections. */
  public String password() {
    return "";
  }

  public int port() {
    return port;
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  /** True when this process started the server (and stops it); false when attached. */
  public boolean owned() {
    return postgres != null;
  }

  @Override
  public void stop() {
    close();
  }

  @Override
  public void close() {
    if (postgres == null) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
    }
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for embedded PostgreSQL", e);
    }
  }
}
