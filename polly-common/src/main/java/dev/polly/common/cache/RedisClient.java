package dev.polly.common.cache;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Raw Redis operations for the few places that need more than a cache region: strings with TTLs,
 * hashes, lists and JSON values, on keys the caller chooses (use the {@code polly:v1:} prefix).
 * Every call goes through the {@link RedisGuard}: it never throws a Redis exception, and on failure
 * returns an empty or default value ({@code false}, empty list or map) and counts {@code
 * polly.redis.client.errors} (or {@code .bypasses} while the circuit is open).
 */
public final class RedisClient {
  private final RedissonClient redisson;
  private final RedisGuard guard;
  private final PollyJson json;
  private final RedisGuard.Outcomes outcomes;

  RedisClient(RedissonClient redisson, RedisGuard guard, PollyJson json, MetricRegistry metrics) {
    this.redisson = redisson;
    this.guard = guard;
    this.json = json;
    Counter errors = metrics.counter("polly.redis.client.errors");
    Counter bypasses = metrics.counter("polly.redis.client.bypasses");
    this.outcomes =
        new RedisGuard.Outcomes() {
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

  public Optional<String> get(String key) {
    return Optional.ofNullable(
        guard.call(
            () -> redisson.<String>getBucket(key, StringCodec.INSTANCE).get(), null, outcomes));
  }

  /**
   * Sets {@code key} to {@code value} expiring after {@code ttl}; returns whether it was stored.
   */
  public boolean set(String key, String value, Duration ttl) {
    return guard.run(() -> redisson.getBucket(key, StringCodec.INSTANCE).set(value, ttl), outcomes);
  }

  /** Returns whether the key existed and was deleted. */
  public boolean delete(String key) {
    return guard.call(() -> redisson.getKeys().delete(key) > 0, false, outcomes);
  }

  public boolean exists(String key) {
    return guard.call(() -> redisson.getKeys().countExists(key) > 0, false, outcomes);
  }

  /** Sets a new TTL; returns whether the key exists and got it. */
  public boolean expire(String key, Duration ttl) {
    return guard.call(
        () -> redisson.getBucket(key, StringCodec.INSTANCE).expire(ttl), false, outcomes);
  }

  /** The remaining TTL, or empty when the key is missing, has no TTL, or Redis failed. */
  public Optional<Duration> ttl(String key) {
    long millis =
        guard.call(
            () -> redisson.getBucket(key, StringCodec.INSTANCE).remainTimeToLive(), -2L, outcomes);
    return millis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
  }

  public Optional<String> hashGet(String key, String field) {
    return Optional.ofNullable(
        guard.call(
            () -> redisson.<String, String>getMap(key, StringCodec.INSTANCE).get(field),
            null,
            outcomes));
  }

  /** Sets one field of a hash; returns whether Redis stored it. */
  public boolean hashSet(String key, String field, String value) {
    return guard.run(
        () -> redisson.<String, String>getMap(key, StringCodec.INSTANCE).fastPut(field, value),
        outcomes);
  }

  public Map<String, String> hashGetAll(String key) {
    return guard.call(
        () -> redisson.<String, String>getMap(key, StringCodec.INSTANCE).readAllMap(),
        Map.of(),
        outcomes);
  }

  /** Removes one field; returns whether it existed. */
  public boolean hashDelete(String key, String field) {
    return guard.call(
        () -> redisson.<String, String>getMap(key, StringCodec.INSTANCE).fastRemove(field) > 0,
        false,
        outcomes);
  }

  /** Appends values at the tail of a list; returns whether Redis stored them. */
  public boolean listPush(String key, String... values) {
    return guard.run(
        () -> redisson.<String>getList(key, StringCodec.INSTANCE).addAll(List.of(values)),
        outcomes);
  }

  /** Elements {@code from..to} inclusive (negative indexes count from the end, like LRANGE). */
  public List<String> listRange(String key, int from, int to) {
    return guard.call(
        () -> redisson.<String>getList(key, StringCodec.INSTANCE).range(from, to),
        List.of(),
        outcomes);
  }

  /** Keeps only elements {@code from..to} inclusive (LTRIM); returns whether Redis did it. */
  public boolean listTrim(String key, int from, int to) {
    return guard.run(
        () -> redisson.<String>getList(key, StringCodec.INSTANCE).trim(from, to), outcomes);
  }

  /** Reads a JSON value; undecodable text is empty and counted as an error. */
  public <T> Optional<T> getJson(String key, Class<T> type) {
    Optional<String> text = get(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<T> value = json.decode(text.get(), type);
    if (value.isEmpty()) {
      outcomes.error();
    }
    return value;
  }

  /** Stores {@code value} as JSON with a TTL; returns whether it was stored. */
  public boolean setJson(String key, Object value, Duration ttl) {
    return set(key, json.encode(value), ttl);
  }
}
