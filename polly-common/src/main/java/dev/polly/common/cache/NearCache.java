package dev.polly.common.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.TimeUnit;

/**
 * The optional in-process copy (Caffeine) in front of one Redis region, keyed by the full Redis key
 * and holding decoded values. Its short TTL bounds how long a missed invalidation event can leave a
 * stale copy; a disabled near cache stores nothing.
 */
final class NearCache {
  private final Cache<String, Object> cache;

  NearCache(RegionSettings settings) {
    this.cache =
        settings.nearCacheEnabled()
            ? Caffeine.newBuilder()
                .maximumSize(settings.getNearCacheMaxSize())
                .expireAfterWrite(
                    settings.getNearCacheTtl().toMilliseconds(), TimeUnit.MILLISECONDS)
                .build()
            : null;
  }

  boolean enabled() {
    return cache != null;
  }

  /** The local copy of {@code fullKey} if it has the wanted type, else null. */
  <T> T get(String fullKey, Class<T> type) {
    if (cache == null) {
      return null;
    }
    Object value = cache.getIfPresent(fullKey);
    return type.isInstance(value) ? type.cast(value) : null;
  }

  void put(String fullKey, Object value) {
    if (cache != null && value != null) {
      cache.put(fullKey, value);
    }
  }

  void invalidate(String fullKey) {
    if (cache != null) {
      cache.invalidate(fullKey);
    }
  }

  void invalidateAll() {
    if (cache != null) {
      cache.invalidateAll();
    }
  }
}
