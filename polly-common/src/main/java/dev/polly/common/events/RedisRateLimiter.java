package dev.polly.common.events;

import com.codahale.metrics.Counter;
import dev.polly.common.redis.RedisConnection;
import dev.polly.common.redis.RedisGuard;
import java.time.Duration;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;

/**
 * {@link RateLimiter} over Redisson {@code RRateLimiter}s named {@code
 * polly:v1:ratelimit:{name}:{permits}per{millis}ms:{key}}: {@code permits} per {@code per} across
 * all processes. The rate is part of the name because Redisson keeps the rate a limiter was first
 * set with: a changed setting takes effect at once instead of when the old limiter expires. Idle
 * limiters expire from Redis. While Redis is unavailable it falls back to a {@link
 * LocalRateLimiter} with the same rate (counted as {@code polly.ratelimit.{name}.local}), so one
 * worker alone never exceeds the limit.
 */
public final class RedisRateLimiter implements RateLimiter {
  private final RedissonClient redisson;
  private final RedisGuard guard;
  private final String prefix;
  private final long permits;
  private final Duration per;
  private final Duration keepAlive;
  private final LocalRateLimiter local;
  private final Counter localDecisions;

  public RedisRateLimiter(RedisConnection redis, String name, long permits, Duration per) {
    if (permits < 1 || per.isNegative() || per.isZero()) {
      throw new IllegalArgumentException("rate must be at least 1 permit per positive duration");
    }
    this.redisson = redis.redisson();
    this.guard = redis.guard();
    this.prefix = "polly:v1:ratelimit:" + name + ":" + permits + "per" + per.toMillis() + "ms:";
    this.permits = permits;
    this.per = per;
    this.keepAlive =
        per.multipliedBy(10).compareTo(Duration.ofMinutes(1)) > 0
            ? per.multipliedBy(10)
            : Duration.ofMinutes(1);
    this.local = new LocalRateLimiter(permits, per);
    this.localDecisions = redis.metrics().counter("polly.ratelimit." + name + ".local");
  }

  @Override
  public boolean tryAcquire(String key) {
    Boolean allowed = guard.call(() -> acquireInRedis(key), null, RedisGuard.Outcomes.NONE);
    if (allowed == null) {
      localDecisions.inc();
      return local.tryAcquire(key);
    }
    return allowed;
  }

  private Boolean acquireInRedis(String key) {
    RRateLimiter limiter = redisson.getRateLimiter(prefix + key);
    limiter.trySetRate(RateType.OVERALL, permits, per, keepAlive);
    return limiter.tryAcquire();
  }
}
