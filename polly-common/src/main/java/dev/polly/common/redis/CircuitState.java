package dev.polly.common.redis;

/**
 * The state of the Redis circuit breaker as {@link RedisGuard} reports it, independent of the
 * library that implements the breaker.
 */
public enum CircuitState {
  /** Calls reach Redis. */
  CLOSED,
  /** Calls are skipped and answered with their fallback. */
  OPEN,
  /** A few trial calls reach Redis to decide whether to close again. */
  HALF_OPEN
}
