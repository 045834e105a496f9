package dev.polly.common.cache;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A typed view of one Redis-backed region: keys {@code polly:v1:{region}:{infix}{key}{suffix}} (the
 * infix is a session-data kind such as {@code draft:}, the suffix a guild view such as {@code
 * :channels}). Several views of one region share its {@link RegionCore}: name, TTL, metrics, near
 * cache. A view may name companion suffixes: invalidating its entry for a key also drops the
 * entries of those other views for the same key (a poll's cached facts go with its results).
 */
final class RedisCacheRegion<V> implements CacheRegion<V> {
  private final RegionCore core;
  private final Class<V> type;
  private final String infix;
  private final String suffix;
  private final List<String> companions;

  RedisCacheRegion(RegionCore core, Class<V> type, String infix, String suffix) {
    this(core, type, infix, suffix, List.of());
  }

  RedisCacheRegion(
      RegionCore core, Class<V> type, String infix, String suffix, List<String> companions) {
    this.core = core;
    this.type = type;
    this.infix = infix;
    this.suffix = suffix;
    this.companions = List.copyOf(companions);
  }

  @Override
  public String name() {
    return core.name();
  }

  @Override
  public Optional<V> getIfPresent(String key) {
    return core.read(fullKey(key), type);
  }

  @Override
  public V get(String key, Supplier<? extends V> loader) {
    Objects.requireNonNull(loader, "loader");
    return core.get(fullKey(key), type, loader, core.ttl());
  }

  @Override
  public void put(String key, V value) {
    put(key, value, core.ttl());
  }

  @Override
  public void put(String key, V value, Duration ttl) {
    Objects.requireNonNull(value, "value");
    if (ttl.isNegative() || ttl.isZero()) {
      invalidate(key); // an already expired entry: storing it would only serve it by mistake
      return;
    }
    core.put(fullKey(key), relativeKey(key), value, ttl);
  }

  @Override
  public void invalidate(String key) {
    String[] fullKeys = new String[1 + companions.size()];
    fullKeys[0] = fullKey(key);
    for (int i = 0; i < companions.size(); i++) {
      fullKeys[i + 1] = core.prefix() + infix + key + companions.get(i);
    }
    core.invalidate(relativeKey(key), fullKeys);
  }

  @Override
  public void invalidateAll() {
    core.invalidatePattern(CacheKeys.glob(core.prefix() + infix) + "*" + CacheKeys.glob(suffix));
  }

  @Override
  public Optional<RegionMetrics.Stats> stats() {
    return Optional.of(core.metrics().stats());
  }

  /** The Redis key of {@code key} in this view. */
  String fullKey(String key) {
    return core.prefix() + relativeKey(key);
  }

  private String relativeKey(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("cache key must not be blank");
    }
    if (key.indexOf('{') >= 0 || key.indexOf('}') >= 0) {
      // braces would change the Redis Cluster hash tag that keeps a key beside its version
      throw new IllegalArgumentException("cache key must not contain braces");
    }
    return infix + key + suffix;
  }

  Class<V> type() {
    return type;
  }

  String suffix() {
    return suffix;
  }

  RegionCore core() {
    return core;
  }
}
