package dev.polly.common.redis;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Entries whose only copy is in Redis (form drafts, OAuth single-use markers), as JSON records
 * under {@code polly:v1:store:{kind}:{key}} with a TTL per entry. Unlike a cache region this is not
 * a cache: nothing here is reloadable, so
 *
 * <ul>
 *   <li>no cache recovery ever clears it (recovery clears only {@code polly:v1:{region}:*}), and it
 *       does not depend on {@code cache.enabled};
 *   <li>a Redis failure is never disguised as a miss: every method throws {@link
 *       StoreUnreachableException} when Redis was not reached (circuit open or a failed call),
 *       counted as {@code polly.redis.store.bypasses} or {@code .errors}.
 * </ul>
 *
 * Single-key operations are atomic in Redis ({@code SET NX}, {@code GETDEL}), so concurrent callers
 * in any number of processes see one winner.
 */
public final class RedisStore<V> {
  /** The prefix of every store key, outside every cache region's prefix. */
  public static final String ROOT = "polly:v1:store:";

  private final RedissonClient redisson;
  private final RedisGuard guard;
  private final RedisGuard.Outcomes outcomes;
  private final PollyJson json;
  private final String kind;
  private final Class<V> type;

  RedisStore(
      RedissonClient redisson,
      RedisGuard guard,
      RedisGuard.Outcomes outcomes,
      PollyJson json,
      String kind,
      Class<V> type) {
    if (kind == null || !kind.matches("[a-z_]{1,32}")) {
      throw new IllegalArgumentException("store kind must be a lower-case word: " + kind);
    }
    this.redisson = redisson;
    this.guard = guard;
    this.outcomes = outcomes;
    this.json = json;
    this.kind = kind;
    this.type = type;
  }

  /** The entry of {@code key}, or empty when there is none (or its bytes cannot be decoded). */
  public Optional<V> get(String key) {
    return decode(call(() -> Optional.ofNullable(bucket(key).get())));
  }

  /** Stores {@code value} for {@code ttl}, replacing any entry of {@code key}. */
  public void put(String key, V value, Duration ttl) {
    String encoded = json.encode(value);
    Duration checked = positive(ttl);
    call(
        () -> {
          bucket(key).set(encoded, checked);
          return Boolean.TRUE;
        });
  }

  /** Stores {@code value} for {@code ttl} only if {@code key} has no entry; returns whether. */
  public boolean putIfAbsent(String key, V value, Duration ttl) {
    String encoded = json.encode(value);
    Duration checked = positive(ttl);
    return call(() -> bucket(key).setIfAbsent(encoded, checked));
  }

  /** Removes and returns the entry of {@code key} in one step: one caller gets it, once. */
  public Optional<V> take(String key) {
    return decode(call(() -> Optional.ofNullable(bucket(key).getAndDelete())));
  }

  /** Removes the entry of {@code key}, if any. */
  public void delete(String key) {
    call(() -> bucket(key).delete());
  }

  /** The Redis key of {@code key}. */
  public String redisKey(String key) {
    if (key == null || key.isBlank() || key.length() > 200) {
      throw new IllegalArgumentException("store key must have 1 to 200 characters");
    }
    return ROOT + kind + ":" + key;
  }

  private RBucket<String> bucket(String key) {
    return redisson.getBucket(redisKey(key), StringCodec.INSTANCE);
  }

  private <T> T call(Supplier<T> op) {
    T result = guard.call(op, null, outcomes);
    if (result == null) {
      throw new StoreUnreachableException(kind);
    }
    return result;
  }

  private Optional<V> decode(Optional<String> raw) {
    return raw.flatMap(text -> json.decode(text, type));
  }

  private static Duration positive(Duration ttl) {
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("a store entry needs a positive TTL");
    }
    return ttl;
  }
}
