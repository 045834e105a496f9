package dev.polly.common.redis;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single gate every Redis call of one process goes through: a resilience4j circuit breaker plus
 * error and bypass counting. {@link #call} never throws because of Redis; it returns the fallback
 * and counts an error (Redis failed) or a bypass (circuit open, Redis not tried). Each state change
 * is logged once. Listeners registered with {@link #onRecovery} run on the given executor each time
 * the circuit closes again. Gauges: {@code polly.redis.circuit_state} (0 closed, 1 open, 2
 * half-open) and {@code polly.redis.up} (whether the last Redis call or health probe succeeded: the
 * probe runs in the background, so the gauge reads 0 on an idle process whose Redis is gone).
 */
public final class RedisGuard {
  private static final Logger LOG = LoggerFactory.getLogger(RedisGuard.class);

  /** Where a guarded call reports that Redis failed or was skipped. */
  public interface Outcomes {
    void error();

    void bypass();

    /** Counts errors and bypasses in two counters. */
    static Outcomes counting(Counter errors, Counter bypasses) {
      return new Outcomes() {
        @Override
        public void error() {
          errors.inc();
        }

        @Override
        public void bypass() {
          bypasses.inc();
        }
      };
    }

    /** Counts nothing; for calls whose caller keeps no metrics. */
    Outcomes NONE =
        new Outcomes() {
          @Override
          public void error() {}

          @Override
          public void bypass() {}
        };
  }

  private final CircuitBreaker breaker;
  private final AtomicReference<CircuitBreaker.State> lastState;
  private final AtomicBoolean up = new AtomicBoolean(true);
  private final List<Runnable> recoveryListeners = new CopyOnWriteArrayList<>();
  private final Executor executor;

  public RedisGuard(CircuitSettings settings, MetricRegistry metrics, Executor executor) {
    this.executor = executor;
    CircuitBreakerConfig config =
        CircuitBreakerConfig.custom()
            .slidingWindow(
                settings.getSlidingWindowSize(),
                Math.min(settings.getMinimumNumberOfCalls(), settings.getSlidingWindowSize()),
                SlidingWindowType.COUNT_BASED)
            .failureRateThreshold(settings.getFailureRatePercent())
            .waitDurationInOpenState(
                java.time.Duration.ofMillis(settings.getOpenDuration().toMilliseconds()))
            .permittedNumberOfCallsInHalfOpenState(2)
            .writableStackTraceEnabled(false)
            .build();
    this.breaker = CircuitBreaker.of("redis", config);
    // Transitions are noticed by comparing states after each call, not through resilience4j's
    // event publisher: any subscriber makes it allocate an event (with a timestamp) on every call.
    this.lastState = new AtomicReference<>(breaker.getState());
    metrics.gauge("polly.redis.circuit_state", () -> (Gauge<Integer>) this::stateCode);
    metrics.gauge("polly.redis.up", () -> (Gauge<Integer>) () -> up.get() ? 1 : 0);
  }

  /**
   * Runs {@code op} against Redis unless the circuit is open. Returns its result, or {@code
   * fallback} when the circuit is open (a bypass) or the call failed (an error).
   */
  public <T> T call(Supplier<T> op, T fallback, Outcomes outcomes) {
    if (!breaker.tryAcquirePermission()) {
      noticeTransition();
      outcomes.bypass();
      return fallback;
    }
    try {
      T result = op.get();
      // Durations are not recorded: slow calls already fail through Redisson's own timeout.
      breaker.onSuccess(0, TimeUnit.NANOSECONDS);
      if (!up.get()) {
        up.set(true);
      }
      noticeTransition();
      return result;
    } catch (RuntimeException e) {
      breaker.onError(0, TimeUnit.NANOSECONDS, e);
      up.set(false);
      noticeTransition();
      outcomes.error();
      LOG.debug("Redis call failed: {}", e.toString());
      return fallback;
    }
  }

  /** Like {@link #call} for writes: returns whether the write reached Redis. */
  public boolean run(Runnable op, Outcomes outcomes) {
    return call(
        () -> {
          op.run();
          return Boolean.TRUE;
        },
        Boolean.FALSE,
        outcomes);
  }

  /**
   * Records the outcome of a health probe that bypassed the breaker: it sets {@link #up()} (and the
   * {@code polly.redis.up} gauge) but leaves the breaker's window alone, so probes never open or
   * close the circuit.
   */
  public void probed(boolean reachable) {
    up.set(reachable);
  }

  /** Registers a task to run (on the guard's executor) whenever the circuit closes again. */
  public void onRecovery(Runnable listener) {
    recoveryListeners.add(listener);
  }

  /** The breaker's current state (a forced-open breaker counts as open). */
  public CircuitState state() {
    return switch (breaker.getState()) {
      case OPEN, FORCED_OPEN -> CircuitState.OPEN;
      case HALF_OPEN -> CircuitState.HALF_OPEN;
      default -> CircuitState.CLOSED;
    };
  }

  /** Whether calls currently reach Redis (circuit closed). */
  public boolean closed() {
    return breaker.getState() == CircuitBreaker.State.CLOSED;
  }

  /** Whether the last call or probe that reached Redis succeeded. */
  public boolean up() {
    return up.get();
  }

  int stateCode() {
    return switch (state()) {
      case CLOSED -> 0;
      case OPEN -> 1;
      case HALF_OPEN -> 2;
    };
  }

  /** Handles a state change once, whichever thread sees it first. */
  private void noticeTransition() {
    CircuitBreaker.State now = breaker.getState();
    CircuitBreaker.State before = lastState.get();
    if (now != before && lastState.compareAndSet(before, now)) {
      transitioned(now);
    }
  }

  private void transitioned(CircuitBreaker.State state) {
    switch (state) {
      case OPEN -> LOG.warn("Redis circuit OPEN: Redis calls are skipped, reads use the loaders");
      case HALF_OPEN -> LOG.info("Redis circuit HALF_OPEN: probing Redis");
      case CLOSED -> {
        LOG.info("Redis circuit CLOSED: Redis is back in use");
        for (Runnable listener : recoveryListeners) {
          executor.execute(listener);
        }
      }
      default -> LOG.info("Redis circuit {}", state);
    }
  }
}
