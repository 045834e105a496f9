package dev.polly.common.testing;

import dev.polly.common.dev.EmbeddedRedisServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import redis.embedded.RedisServer;

/**
 * A redis-server on a free loopback port that requires a password, as production Redis does (the
 * compose file's {@code --requirepass}); for tests of what a process prints about its Redis. Keeps
 * nothing on disk. Close it to stop the server.
 */
public final class PasswordRedis implements AutoCloseable {
  private final int port = EmbeddedRedisServer.freePort();
  private final String password;
  private final RedisServer server;

  /** Starts the server with {@code password}. */
  public PasswordRedis(String password) {
    this.password = password;
    try {
      this.server =
          RedisServer.newRedisServer()
              .port(port)
              .bind("127.0.0.1")
              .setting("requirepass " + password)
              .setting("save \"\"")
              .setting("appendonly no")
              .setting("daemonize no")
              .build();
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start a password-protected Redis", e);
    }
  }

  public String host() {
    return "127.0.0.1";
  }

  public int port() {
    return port;
  }

  public String password() {
    return password;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
