package dev.polly.common.testing;

import dev.polly.common.dev.EmbeddedRedisServer;
import dev.polly.common.redis.RedisFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * One embedded Redis per test JVM on a free loopback port, shared by every test of the module
 * ({@link #get()}). Outage tests {@link #stop()} it and {@link #start()} it again on the same port;
 * keys survive the restart (saved on stop), as with a persistent production Redis. Tests isolate
 * themselves with their own keys or {@link #flushAll()}.
 */
public final class TestRedis {
  private static TestRedis shared;

  private final EmbeddedRedisServer server;
  private RedissonClient admin;

  private TestRedis(EmbeddedRedisServer server) {
    this.server = server;
  }

  /** The JVM's Redis, started on first use and stopped when the JVM exits. */
  public static synchronized TestRedis get() {
    if (shared == null) {
      Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
      int port = EmbeddedRedisServer.freePort();
      try {
        Files.createDirectories(tmp);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      shared = new TestRedis(new EmbeddedRedisServer(port, tmp.resolve("test-redis-" + port)));
      shared.start();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stopQuietly, "test-redis-stop"));
    }
    return shared;
  }

  /** {@code redis://127.0.0.1:{port}}. */
  public String url() {
    return server.url();
  }

  public String host() {
    return "127.0.0.1";
  }

  public int port() {
    return server.port();
  }

  public boolean running() {
    return server.running();
  }

  /** Starts the server (again) on the same port; a no-op when it runs. */
  public synchronized void start() {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the test Redis", e);
    }
  }

  /** Stops the server (its keys are saved and come back with {@link #start()}). */
  public synchronized void stop() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stop the test Redis", e);
    }
  }

  /** Deletes every key of every database. */
  public void flushAll() {
    admin().getKeys().flushall();
  }

  /** A plain Redisson client on this server, for assertions on raw keys. */
  public synchronized RedissonClient admin() {
    if (admin == null) {
      Config config = new Config();
      config.useSingleServer().setAddress(url()).setConnectionMinimumIdleSize(1);
      config.setLazyInitialization(true);
      admin = Redisson.create(config);
    }
    return admin;
  }

  /** A {@link RedisFactory} pointing at this server with the production fail-fast defaults. */
  public RedisFactory factory() {
    RedisFactory factory = new RedisFactory();
    factory.setUrl(url());
    return factory;
  }

  /**
   * Like {@link #factory()} but with 2 s timeouts, for tests of behaviour rather than fail-fast
   * timing: on a loaded 2-core machine a burst of new connections can exceed 250 ms and open the
   * circuit, which those tests do not test.
   */
  public RedisFactory relaxedFactory() {
    RedisFactory factory = factory();
    factory.setTimeout(io.dropwizard.util.Duration.seconds(2));
    factory.setConnectTimeout(io.dropwizard.util.Duration.seconds(2));
    factory.setConnectionMinimumIdleSize(4);
    return factory;
  }

  private void stopQuietly() {
    try {
      server.stop();
    } catch (IOException | RuntimeException e) {
      // the JVM is exiting
    }
  }
}
