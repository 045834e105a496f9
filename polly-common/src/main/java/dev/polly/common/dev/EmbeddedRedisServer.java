package dev.polly.common.dev;

import io.dropwizard.lifecycle.Managed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A real redis-server process (codemonstur embedded-redis, Redis 6.2) on loopback, for development
 * and tests only. Data is saved under {@code dataDir} when the server stops, so a stop and start on
 * the same port keeps the keys, as a restarted production Redis with persistence would. Stopping is
 * idempotent; {@link #start()} after {@link #stop()} starts it again on the same port.
 *
 * <p>Each running server is recorded under {@code dataDir/owners} (file name: the redis-server's
 * pid; content: the owning process's pid). A server whose owner died without stopping it ({@code
 * kill -9}, a crash) is an orphan: the next start on the same data directory stops it, with one
 * WARN line, before starting its own.
 */
public final class EmbeddedRedisServer implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedisServer.class);
  private final int port;
  private final Path dataDir;
  private RedisServer server;
  private Long pid;

  public EmbeddedRedisServer(int port, Path dataDir) {
    this.port = port;
    this.dataDir = dataDir.toAbsolutePath();
  }

  /** A port that was free a moment ago on loopback. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port for embedded Redis", e);
    }
  }

  @Override
  public synchronized void start() throws IOException {
    if (server != null && server.isActive()) {
      return;
    }
    Files.createDirectories(dataDir.resolve("owners"));
    stopOrphans();
    Set<Long> before = redisChildren();
    server =
        RedisServer.newRedisServer()
            .port(port)
            .bind("127.0.0.1")
            .setting("dir " + dataDir)
            .setting("dbfilename dump.rdb")
            .setting("save 3600 1")
            .setting("appendonly no")
            .setting("daemonize no")
            .build();
    server.start();
    pid = redisChildren().stream().filter(p -> !before.contains(p)).findFirst().orElse(null);
    if (pid != null) {
      Files.writeString(ownerRecord(pid), Long.toString(ProcessHandle.current().pid()));
    }
  }

  @Override
  public synchronized void stop() throws IOException {
    if (server != null && server.isActive()) {
      server.stop();
    }
    if (pid != null) {
      Files.deleteIfExists(ownerRecord(pid));
      pid = null;
    }
  }

  /** The redis-server's pid while running, when it could be told. */
  synchronized Optional<Long> pid() {
    return Optional.ofNullable(pid);
  }

  private Path ownerRecord(long redisPid) {
    return dataDir.resolve("owners").resolve(Long.toString(redisPid));
  }

  /** Stops every recorded redis-server whose owner is no longer alive. */
  private void stopOrphans() throws IOException {
    List<Path> records;
    try (Stream<Path> files = Files.list(dataDir.resolve("owners"))) {
      records = files.collect(Collectors.toList());
    }
    for (Path record : records) {
      boolean ownerAlive =
          OwnerFile.readPid(record)
              .flatMap(ProcessHandle::of)
              .map(ProcessHandle::isAlive)
              .orElse(false);
      if (ownerAlive) {
        continue;
      }
      Optional<ProcessHandle> orphan =
          parsePid(record.getFileName().toString())
              .flatMap(ProcessHandle::of)
              .filter(ProcessHandle::isAlive)
              .filter(EmbeddedRedisServer::isRedisServer);
      if (orphan.isPresent()) {
        LOG.warn(
            "Stopping an embedded Redis (pid {}) left running by a Polly process that exited"
                + " without stopping it",
            orphan.get().pid());
        orphan.get().destroy();
        awaitExit(orphan.get());
      }
      Files.deleteIfExists(record);
    }
  }

  private static void awaitExit(ProcessHandle process) {
    try {
      process.onExit().get(5, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Set<Long> redisChildren() {
    return ProcessHandle.current()
        .children()
        .filter(EmbeddedRedisServer::isRedisServer)
        .map(ProcessHandle::pid)
        .collect(Collectors.toSet());
  }

  private static boolean isRedisServer(ProcessHandle process) {
    return process.info().command().map(c -> c.contains("redis-server")).orElse(false);
  }

  private static Optional<Long> parsePid(String name) {
    try {
      return Optional.of(Long.parseLong(name));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public synchronized boolean running() {
    return server != null && server.isActive();
  }

  public int port() {
    return port;
  }

  /** {@code redis://127.0.0.1:{port}}. */
  public String url() {
    return "redis://127.0.0.1:" + port;
  }
}
