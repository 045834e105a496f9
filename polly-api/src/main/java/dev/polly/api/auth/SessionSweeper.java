package dev.polly.api.auth;

import dev.polly.common.persistence.SessionDao;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired login sessions from PostgreSQL every {@code period}. Expired sessions are already
 * refused at authentication; this only keeps the table small. Failures (e.g. the database is down)
 * are logged and retried at the next period.
 */
public final class SessionSweeper implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(SessionSweeper.class);

  private final SessionDao sessions;
  private final ScheduledExecutorService executor;
  private final Clock clock;
  private final Duration period;

  public SessionSweeper(
      SessionDao sessions, ScheduledExecutorService executor, Clock clock, Duration period) {
    this.sessions = sessions;
    this.executor = executor;
    this.clock = clock;
    this.period = period;
  }

  @Override
  public void start() {
    executor.scheduleWithFixedDelay(
        this::sweep, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Deletes the sessions expired by now; returns how many. */
  public int sweep() {
    try {
      int deleted = sessions.deleteExpired(clock.instant());
      if (deleted > 0) {
        LOG.info("Deleted {} expired sessions", deleted);
      }
      return deleted;
    } catch (RuntimeException e) {
      LOG.warn("Session sweep failed: {}", e.toString());
      return 0;
    }
  }
}
