package dev.polly.common.dev;

import io.dropwizard.lifecycle.Managed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/**
 * A real redis-server process (codemonstur embedded-redis, Redis 6.2) on loopback, for development
 * and tests only. Data is saved under {@code dataDir} when the server stops, so a stop and start on
 * the same port keeps the keys, as a restarted production Redis with persistence would. Stopping is
 * idempotent; {@link #start()} after {@link #stop()} starts it again on the same port.
 */
public final class EmbeddedRedisServer implements Managed {
  private final int port;
  private final Path dataDir;
  private RedisServer server;

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
    Files.createDirectories(dataDir);
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
  }

  @Override
  public synchronized void stop() throws IOException {
    if (server != null && server.isActive()) {
      server.stop();
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
