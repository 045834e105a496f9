package dev.polly.common.redis;

import com.codahale.metrics.Counter;
import org.redisson.api.RedissonClient;

/**
 * Creates the {@link RedisStore}s of one process on its Redis connection, whatever {@code
 * cache.enabled} says. All stores count into {@code polly.redis.store.errors} and {@code
 * polly.redis.store.bypasses}.
 */
public final class RedisStores {
  private final RedissonClient redisson;
  private final RedisGuard guard;
  private final PollyJson json;
  private final RedisGuard.Outcomes outcomes;

  RedisStores(
      RedissonClient redisson, RedisGuard guard, PollyJson json, Counter errors, Counter bypasses) {
    this.redisson = redisson;
    this.guard = guard;
    this.json = json;
    this.outcomes = RedisGuard.Outcomes.counting(errors, bypasses);
  }

  /** The store of {@code kind} (a lower-case word such as {@code draft}) holding {@code type}. */
  public <V> RedisStore<V> of(String kind, Class<V> type) {
    return new RedisStore<>(redisson, guard, outcomes, json, kind, type);
  }
}
