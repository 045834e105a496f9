package dev.polly.common.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A typed, named region of the shared cache, with its own TTL, stored in Redis under {@code
 * polly:v1:{region}:{key}}. Values are JSON-encoded records.
 *
 * <p>Contract: no method ever throws because Redis failed or is unreachable. A Redis failure is
 * counted as an error and the call behaves like a miss (reads) or a no-op (writes and
 * invalidations); once the circuit breaker is open, calls skip Redis entirely and count a bypass.
 * Writes and invalidations are also announced on the event topic, so every process drops its
 * near-cache copy.
 *
 * <p>Stale fills: a value that {@link #get} loaded is stored only if no {@link #put} or {@link
 * #invalidate} of its key began after the load did (in any process: Redis checks a per-key version
 * atomically). So a caller that changes the source of truth and then invalidates the key can rely
 * on no older load landing afterwards. Keys are non-blank and contain no braces.
 */
public interface CacheRegion<V> {

  /** The region name, e.g. {@code user_prefs}; also the {@code cache} label of its metrics. */
  String name();

  /** The cached value, or empty on a miss or a Redis failure. Counts a hit or a miss. */
  Optional<V> getIfPresent(String key);

  /**
   * Read-through: returns the cached value, or calls {@code loader}, stores its result with the
   * region's TTL and returns it. Concurrent misses for one key in one process call the loader once
   * (single flight). A {@code null} from the loader is returned but not cached. Exceptions from the
   * loader propagate to the caller unchanged and are counted as load failures.
   */
  V get(String key, Supplier<? extends V> loader);

  /** Stores a value with the region's default TTL. */
  void put(String key, V value);

  /** Stores a value with an explicit TTL (the {@code session} region has one TTL per entry). */
  void put(String key, V value, Duration ttl);

  /** Removes one entry here and, through the event topic, from every near cache. */
  void invalidate(String key);

  /** Removes every entry of this region (SCAN by prefix, never KEYS), everywhere. */
  void invalidateAll();

  /**
   * This region's counters (hits, misses, errors, ...), for tasks such as {@code cache-stats};
   * empty for implementations that keep none.
   */
  default Optional<RegionMetrics.Stats> stats() {
    return Optional.empty();
  }
}
