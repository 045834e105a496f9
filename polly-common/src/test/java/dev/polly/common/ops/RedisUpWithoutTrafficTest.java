package dev.polly.common.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.polly.common.cache.CacheFactory;
import dev.polly.common.config.RedisServices;
import dev.polly.common.dev.EmbeddedRedisServer;
import dev.polly.common.metrics.PrometheusEndpoint;
import dev.polly.common.redis.RedisFactory;
import io.dropwizard.core.setup.Environment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jetty.util.component.LifeCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The {@code PollyRedisDown} alert reads {@code polly_redis_up}; these tests make sure that gauge
 * tells the truth on a process that serves no traffic at all, as scraped from {@code /prometheus}:
 * it reads 0 within one scrape interval (15 s, docker/prometheus.yml) of Redis going away, whether
 * Redis was never reachable or stopped later, and 1 again once Redis answers. A Redis unreachable
 * since startup is logged once at WARN with its address. Nothing but the scrape touches the process
 * between start and assertion.
 */
class RedisUpWithoutTrafficTest {
  private static final Duration SCRAPE_INTERVAL = Duration.ofSeconds(15);

  @TempDir Path dataDir;

  private final List<LifeCycle> started = new ArrayList<>();
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger monitorLogger = (Logger) LoggerFactory.getLogger("dev.polly.common.redis");
  private Level previousLevel;
  private EmbeddedRedisServer redis;

  @BeforeEach
  void captureLog() {
    previousLevel = monitorLogger.getLevel();
    monitorLogger.setLevel(Level.INFO);
    log.start();
    monitorLogger.addAppender(log);
  }

  @AfterEach
  void stopEverything() throws Exception {
    Collections.reverse(started);
    for (LifeCycle managed : started) {
      managed.stop();
    }
    if (redis != null) {
      redis.stop();
    }
    monitorLogger.detachAppender(log);
    monitorLogger.setLevel(previousLevel);
  }

  @Test
  @DisplayName(
      "Redis unreachable since startup, no traffic: polly_redis_up 0 in one scrape interval")
  void unreachableSinceStartup() throws Exception {
    int port = EmbeddedRedisServer.freePort(); // nothing listens there
    PrometheusEndpoint prometheus = startProcess(port);

    await().atMost(SCRAPE_INTERVAL).until(() -> redisUp(prometheus) == 0);

    // a few more probe rounds: still one WARN, naming the address and the cause
    Thread.sleep(3_000);
    assertThat(redisUp(prometheus)).isZero();
    assertThat(warnings())
        .singleElement()
        .asString()
        .contains("unreachable since startup", "127.0.0.1:" + port, "Connection refused");
  }

  @Test
  @DisplayName("Redis stopped on an idle process: polly_redis_up 0 in one scrape interval, then 1")
  void stoppedWhileIdle() throws Exception {
    redis = new EmbeddedRedisServer(EmbeddedRedisServer.freePort(), dataDir);
    redis.start();
    PrometheusEndpoint prometheus = startProcess(redis.port());
    await().atMost(SCRAPE_INTERVAL).until(() -> redisUp(prometheus) == 1);

    redis.stop();
    await().atMost(SCRAPE_INTERVAL).until(() -> redisUp(prometheus) == 0);

    redis.start();
    await().atMost(SCRAPE_INTERVAL).until(() -> redisUp(prometheus) == 1);
    assertThat(warnings()).isEmpty();
  }

  /** Builds a process's Redis services as the applications do, and starts them as a server does. */
  private PrometheusEndpoint startProcess(int port) throws Exception {
    RedisFactory factory = new RedisFactory();
    factory.setHost("127.0.0.1");
    factory.setPort(port);
    Environment env = new Environment("idle-process");
    RedisServices.build(env, factory, new CacheFactory(), "idle-process");
    for (LifeCycle managed : env.lifecycle().getManagedObjects()) {
      managed.start();
      started.add(managed);
    }
    return new PrometheusEndpoint(env.metrics());
  }

  /** The value of {@code polly_redis_up} in a scrape of {@code /prometheus}. */
  private static int redisUp(PrometheusEndpoint prometheus) {
    return prometheus
        .scrape()
        .lines()
        .filter(line -> line.startsWith("polly_redis_up "))
        .map(line -> (int) Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no polly_redis_up in the scrape"));
  }

  private List<String> warnings() {
    return log.list.stream()
        .filter(e -> e.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }
}
