package dev.polly.common.redis;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.polly.common.health.RedisStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What the background health probe logs: one WARN for a Redis down since startup, no more. */
class RedisMonitorTest {
  private final Logger logger = (Logger) LoggerFactory.getLogger(RedisMonitor.class);
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private Level previous;

  @BeforeEach
  void capture() {
    previous = logger.getLevel();
    logger.setLevel(Level.INFO);
    log.start();
    logger.addAppender(log);
  }

  @AfterEach
  void release() {
    logger.detachAppender(log);
    logger.setLevel(previous);
  }

  private static RedisMonitor monitor(Boolean... answers) {
    Deque<Boolean> results = new ArrayDeque<>(List.of(answers));
    return new RedisMonitor(
        () -> {
          boolean up = results.isEmpty() || results.pop();
          return new RedisStatus(
              up, Duration.ZERO, Instant.EPOCH, up ? null : "redis:6379: Connection refused");
        },
        "redis:6379");
  }

  private List<String> lines(Level level) {
    return log.list.stream()
        .filter(e -> e.getLevel() == level)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  @Test
  void warnsOnceWhenRedisHasNotAnsweredSinceStartupThenSaysWhenItAnswers() {
    RedisMonitor monitor = monitor(false, false, false, false, true, false, true);

    for (int i = 0; i < 7; i++) {
      monitor.run();
    }

    assertThat(lines(Level.WARN))
        .singleElement()
        .asString()
        .contains("unreachable since startup", "redis:6379: Connection refused");
    assertThat(lines(Level.INFO)).singleElement().asString().contains("redis:6379 answers");
  }

  @Test
  void saysNothingWhenRedisAnswersAtStartupOrMissesOnlyTheFirstProbe() {
    RedisMonitor monitor = monitor(false, true, false, false, false);

    for (int i = 0; i < 5; i++) {
      monitor.run();
    }

    assertThat(log.list).isEmpty();
  }
}
