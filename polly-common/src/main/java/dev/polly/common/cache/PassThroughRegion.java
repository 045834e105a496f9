package dev.polly.common.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A region with caching switched off ({@code cache.enabled: false}): every read is a miss that
 * calls the loader, writes and invalidations do nothing. Misses, loads and load failures are still
 * counted, so the cache-disabled path shows up on the same dashboards.
 */
final class PassThroughRegion<V> implements CacheRegion<V> {
  private final String name;
  private final RegionMetrics metrics;

  PassThroughRegion(String name, RegionMetrics metrics) {
    this.name = name;
    this.metrics = metrics;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<V> getIfPresent(String key) {
    metrics.miss();
    return Optional.empty();
  }

  @Override
  public V get(String key, Supplier<? extends V> loader) {
    metrics.miss();
    try {
      return metrics.loads().timeSupplier(loader::get);
    } catch (RuntimeException | Error e) {
      metrics.loadFailure();
      throw e;
    }
  }

  @Override
  public void put(String key, V value) {}

  @Override
  public void put(String key, V value, Duration ttl) {}

  @Override
  public void invalidate(String key) {}

  @Override
  public void invalidateAll() {}

  @Override
  public Optional<RegionMetrics.Stats> stats() {
    return Optional.of(metrics.stats());
  }
}
