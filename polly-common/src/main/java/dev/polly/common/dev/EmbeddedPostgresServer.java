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
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real PostgreSQL server run from zonky's bundled binaries, for development only. Its data lives
 * in a directory that is kept across restarts (never cleaned). Because polly-api and polly-bot
 * share one database, the second process to ask for the same directory attaches to the server the
 * first one started instead of starting its own ({@link #owned()} is then false and {@link #stop()}
 * leaves the server running). The owner's pid is kept in {@code <dataDirectory>.owner}: a server
 * whose owner died without stopping it ({@code kill -9}, a crash) is taken over by the next process
 * that asks for it, which then stops it on exit ({@link #adopted()}). Started synchronously so that
 * migrations can run before the Dropwizard lifecycle starts; registered as {@link Managed} so that
 * it stops with its process.
 */
public final class EmbeddedPostgresServer implements Managed, AutoCloseable {
  /** The superuser and database zonky's initdb creates. */
  public static final String USER = "postgres";

  private static final String DATABASE = "postgres";
  private static final long ATTACH_WAIT_MILLIS = 20_000;

  private static final long STOP_WAIT_MILLIS = 15_000;

  private final EmbeddedPostgres postgres;
  private final int port;
  private final Path dataDirectory;
  private final boolean adopted;

  private EmbeddedPostgresServer(
      EmbeddedPostgres postgres, int port, Path dataDirectory, boolean adopted) {
    this.postgres = postgres;
    this.port = port;
    this.dataDirectory = dataDirectory;
    this.adopted = adopted;
  }

  /**
   * Attaches to the server already running on {@code dataDirectory}, or starts one on any free
   * port. If another process is starting one at the same moment, waits for it and attaches.
   */
  public static EmbeddedPostgresServer startOrAttach(Path dataDirectory) {
    Path absolute = dataDirectory.toAbsolutePath().normalize();
    Optional<Integer> running = runningPort(absolute);
    if (running.isPresent()) {
      return attach(absolute, running.get());
    }
    if (!binariesPresent()) {
      throw new EmbeddedServerUnavailableException(
          "This jar carries no embedded PostgreSQL (only polly-api's does): set DATABASE_URL, or"
              + " start polly-api first in this directory so that this process attaches to its"
              + " development database");
    }
    try {
      return start(absolute, 0);
    } catch (IllegalStateException lockedByAnotherProcess) {
      long deadline = System.currentTimeMillis() + ATTACH_WAIT_MILLIS;
      while (System.currentTimeMillis() < deadline) {
        running = runningPort(absolute);
        if (running.isPresent()) {
          return attach(absolute, running.get());
        }
        sleepBriefly();
      }
      throw lockedByAnotherProcess;
    }
  }

  /** Attaches to a running server; takes it over when its owner is gone. */
  private static EmbeddedPostgresServer attach(Path dataDirectory, int port) {
    OwnerFile owner = ownerFile(dataDirectory);
    boolean orphaned = !owner.ownerAlive();
    if (orphaned) {
      owner.claim();
    }
    return new EmbeddedPostgresServer(null, port, dataDirectory, orphaned);
  }

  /** Whether zonky's binaries for this machine are on the class path (left out of lean jars). */
  static boolean binariesPresent() {
    String arch = System.getProperty("os.arch").matches("aarch64|arm64") ? "arm_64" : "x86_64";
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
    ClassLoader loader = EmbeddedPostgresServer.class.getClassLoader();
    return loader.getResource("postgres-" + system + "-" + arch + ".txz") != null
        || loader.getResource("postgres-" + system + "-" + arch + "-alpine_linux.txz") != null;
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
      ownerFile(absolute).claim();
      return new EmbeddedPostgresServer(postgres, postgres.getPort(), absolute, false);
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

  private static OwnerFile ownerFile(Path dataDirectory) {
    return new OwnerFile(dataDirectory.resolveSibling(dataDirectory.getFileName() + ".owner"));
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

  /** True when this process stops the server on exit: it started it, or took it over. */
  public boolean owned() {
    return postgres != null || adopted;
  }

  /** True when this process took over a server whose owner had died without stopping it. */
  public boolean adopted() {
    return adopted;
  }

  @Override
  public void stop() {
    close();
  }

  @Override
  public void close() {
    if (adopted) {
      stopAdopted();
    }
    if (postgres == null) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stop embedded PostgreSQL", e);
    } finally {
      ownerFile(dataDirectory).release();
    }
  }

  /**
   * Stops a taken-over server with PostgreSQL's fast shutdown (SIGINT to the postmaster named in
   * {@code postmaster.pid}; this process did not start it, so it holds no pg_ctl handle) and waits
   * for it to exit.
   */
  private void stopAdopted() {
    Optional<ProcessHandle> postmaster =
        OwnerFile.readPid(dataDirectory.resolve("postmaster.pid")).flatMap(ProcessHandle::of);
    if (postmaster.isPresent()) {
      try {
        new ProcessBuilder("kill", "-INT", Long.toString(postmaster.get().pid()))
            .inheritIO()
            .start()
            .waitFor();
        postmaster.get().onExit().get(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
      } catch (IOException | ExecutionException e) {
        throw new IllegalStateException("Could not stop embedded PostgreSQL", e);
      } catch (TimeoutException e) {
        postmaster.get().destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    ownerFile(dataDirectory).release();
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
