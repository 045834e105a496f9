package dev.polly.api.health;

import dev.polly.api.api.HealthView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/** Runs {@code SELECT 1} through the application's pool. */
public final class JdbiDatabaseProbe implements DatabaseProbe {
  private final Jdbi jdbi;
  private final Clock clock;

  public JdbiDatabaseProbe(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  @Override
  public HealthView.Dependency probe() {
    Instant start = clock.instant();
    try {
      jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
      long ms = Duration.between(start, clock.instant()).toMillis();
      return new HealthView.Dependency("healthy", true, start, ms, null);
    } catch (RuntimeException e) {
      return new HealthView.Dependency(
          "unhealthy", false, start, null, e.getClass().getSimpleName());
    }
  }
}
