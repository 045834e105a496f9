package dev.polly.common.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The optional in-process copy (Caffeine) in front of one Redis region, keyed by the full Redis key
 * and holding decoded values. Its short TTL bounds how long a missed invalidation event can leave a
 * stale copy; a disabled near cache stores nothing.
 *
 * <p>Contract against stale fills: a value read or loaded elsewhere enters only through {@link
 * #fill}, with the {@link #stamp} taken before that read or load began. A fill is dropped when an
 * {@link #invalidate} of its key (or an {@link #invalidateAll}) started after the stamp was taken,
 * so a value fetched before an invalidation is never kept after it. Invalidations are counted in
 * 256 stripes by key hash: a fill may occasionally be dropped because of another key of its stripe,
 * which only costs a later miss.
 */
final class NearCache {
  private static final int STRIPES = 256;

  private final Cache<String, Object> cache;
  private final AtomicLongArray invalidations = new AtomicLongArray(STRIPES + 1);

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

  /** Take before reading or loading a value for {@code fullKey}; pass it to {@link #fill}. */
  Stamp stamp(String fullKey) {
    int stripe = stripe(fullKey);
    return new Stamp(invalidations.get(STRIPES), invalidations.get(stripe));
  }

  /**
   * Keeps {@code value} unless {@code fullKey} was invalidated since {@code stamp} was taken. The
   * check runs under the entry's lock, and is repeated once the value is in: an invalidation that
   * began in between (its clearing may have passed this entry before it existed) removes the value
   * again, so no fill can outlive an invalidation that began after its stamp.
   */
  void fill(String fullKey, Object value, Stamp stamp) {
    if (cache == null || value == null) {
      return;
    }
    int stripe = stripe(fullKey);
    cache.asMap().compute(fullKey, (key, current) -> unchanged(stamp, stripe) ? value : current);
    if (!unchanged(stamp, stripe)) {
      cache.asMap().remove(fullKey, value);
    }
  }

  private boolean unchanged(Stamp stamp, int stripe) {
    return stamp.all() == invalidations.get(STRIPES) && stamp.key() == invalidations.get(stripe);
  }

  /** Drops the copy of {@code fullKey} and refuses fills stamped before this call. */
  void invalidate(String fullKey) {
    if (cache != null) {
      invalidations.incrementAndGet(stripe(fullKey));
      cache.invalidate(fullKey);
    }
  }

  /** Drops every copy and refuses every fill stamped before this call. */
  void invalidateAll() {
    if (cache != null) {
      invalidations.incrementAndGet(STRIPES);
      cache.invalidateAll();
    }
  }

  private static int stripe(String fullKey) {
    return Math.floorMod(fullKey.hashCode(), STRIPES);
  }

  /** The invalidation counts seen before a read or load: all keys, and the key's stripe. */
  record Stamp(long all, long key) {}
}
