package dev.polly.common.events;

/**
 * A cluster-wide rate limiter (Redisson {@code RRateLimiter}) keyed by a resource, e.g. one poll
 * message.
 *
 * <p>When Redis is unavailable it falls back to a per-process limiter with the same rate, so a
 * single worker still never exceeds the limit.
 */
public interface RateLimiter {
  /** Takes one permit for {@code key} if available now; never blocks. */
  boolean tryAcquire(String key);
}
