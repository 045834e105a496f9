package dev.polly.common.cache;

import com.codahale.metrics.Timer;
import dev.polly.common.redis.RedisGuard;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The storage engine of one named region, shared by its typed views: Redis reads and writes through
 * the {@link RedisGuard}, the near cache, single-flight loading, metrics, stale-region tracking and
 * invalidation announcements. Keys here are full Redis keys ({@code polly:v1:{region}:...}); the
 * views build them.
 *
 * <p>Stale fills: a loaded value is stored in Redis only through {@link VersionedKeys#fill} (the
 * key's version and the region's epoch unchanged since before the load) and in the near cache only
 * with a {@link NearCache.Stamp} taken before the read or load. Writes and invalidations change
 * Redis first and drop near copies after, so no read racing them can leave an old value behind.
 */
final class RegionCore {
  private final String name;
  private final String prefix;
  private final Duration ttl;
  private final List<String> viewSuffixes;
  private final RegionDeps deps;
  private final RegionMetrics metrics;
  private final RedisGuard.Outcomes outcomes;
  private final NearCache near;
  private final SingleFlight singleFlight = new SingleFlight();
  private final VersionedKeys keys;

  RegionCore(String name, RegionSettings settings, List<String> viewSuffixes, RegionDeps deps) {
    this.name = name;
    this.prefix = CacheKeys.regionPrefix(name);
    this.ttl = Duration.ofMillis(settings.getTtl().toMilliseconds());
    this.viewSuffixes = List.copyOf(viewSuffixes);
    this.deps = deps;
    this.metrics = new RegionMetrics(deps.metrics(), name);
    this.outcomes = metrics.outcomes();
    this.near = new NearCache(settings);
    this.keys = new VersionedKeys(deps.redisson(), name);
  }

  String name() {
    return name;
  }

  String prefix() {
    return prefix;
  }

  Duration ttl() {
    return ttl;
  }

  RegionMetrics metrics() {
    return metrics;
  }

  /** Looks {@code fullKey} up in the near cache, then Redis; counts one hit or one miss. */
  <T> Optional<T> read(String fullKey, Class<T> type) {
    T local = near.get(fullKey, type);
    if (local != null) {
      metrics.hit();
      return Optional.of(local);
    }
    NearCache.Stamp stamp = near.stamp(fullKey);
    Optional<T> value = readRedis(fullKey, type);
    if (value.isPresent()) {
      metrics.hit();
      near.fill(fullKey, value.get(), stamp);
    } else {
      metrics.miss();
    }
    return value;
  }

  private <T> Optional<T> readRedis(String fullKey, Class<T> type) {
    if (deps.stale().isStale(this)) {
      outcomes.bypass(); // not yet cleared after an outage: Redis may hold old values
      return Optional.empty();
    }
    return decode(deps.guard().call(() -> keys.get(fullKey), null, outcomes), type);
  }

  private <T> Optional<T> decode(String json, Class<T> type) {
    if (json == null) {
      return Optional.empty();
    }
    Optional<T> decoded = deps.json().decode(json, type);
    if (decoded.isEmpty()) {
      outcomes.error(); // undecodable bytes behave like a miss and are overwritten by the load
    }
    return decoded;
  }

  /**
   * Read-through. On a miss, one caller per key in this process runs the loader (timed, failures
   * counted) and stores its non-null result; concurrent callers wait for that same result. The
   * result is stored only if no write or invalidation of the key began after the load did (see
   * {@link VersionedKeys} and {@link NearCache#fill}); otherwise it is returned but not kept.
   */
  <T> T get(String fullKey, Class<T> type, Supplier<? extends T> loader, Duration entryTtl) {
    Optional<T> cached = read(fullKey, type);
    if (cached.isPresent()) {
      return cached.get();
    }
    return singleFlight.run(fullKey, type, () -> loadAndStore(fullKey, type, loader, entryTtl));
  }

  private <T> T loadAndStore(
      String fullKey, Class<T> type, Supplier<? extends T> loader, Duration entryTtl) {
    long started = System.nanoTime(); // before the version is read: MAX_FILL_AGE counts from it
    NearCache.Stamp stamp = near.stamp(fullKey);
    // The version is read before the load: any invalidation after this point refuses the fill.
    // Also, a leader that finished just before this one registered has stored its value: use it.
    // Skipped while Redis is not in use: then nothing was stored, and no bypass is counted twice.
    VersionedKeys.Versioned seen =
        deps.guard().closed() && !deps.stale().isStale(this)
            ? deps.guard().call(() -> keys.readWithVersion(fullKey), null, outcomes)
            : null;
    Optional<T> stored = decode(seen == null ? null : seen.json(), type);
    if (stored.isPresent()) {
      near.fill(fullKey, stored.get(), stamp);
      return stored.get();
    }
    T value = load(loader);
    if (value != null) {
      store(fullKey, value, entryTtl, new Fill(stamp, seen, started));
    }
    return value;
  }

  private <T> T load(Supplier<? extends T> loader) {
    try (Timer.Context ignored = metrics.loads().time()) {
      return loader.get();
    } catch (RuntimeException | Error e) {
      metrics.loadFailure();
      throw e;
    }
  }

  /**
   * Stores a loaded value (no announcement: it only fills what was missing), unless the key's
   * version moved since {@code fill} read it. Without a version (Redis not in use) only the near
   * copy is kept; a load older than {@link VersionedKeys#MAX_FILL_AGE} is not stored at all.
   */
  private void store(String fullKey, Object value, Duration entryTtl, Fill fill) {
    if (fill.seen() == null) {
      near.fill(fullKey, value, fill.stamp());
      return;
    }
    if (System.nanoTime() - fill.startedNanos() > VersionedKeys.MAX_FILL_AGE.toNanos()
        || deps.stale().isStale(this)) {
      return;
    }
    String json = deps.json().encode(value);
    String version = fill.seen().version();
    if (!deps.guard().call(() -> keys.fill(fullKey, version, json, entryTtl), false, outcomes)) {
      return;
    }
    String epoch = fill.seen().epoch();
    if (!deps.guard().call(() -> keys.epochIs(epoch), false, outcomes)) {
      // a whole-region invalidation overtook this fill; left pending it would only read as a miss
      deps.guard().run(() -> keys.unfill(fullKey, json), outcomes);
    } else if (deps.guard().call(() -> keys.confirm(fullKey, json), false, outcomes)) {
      near.fill(fullKey, value, fill.stamp());
    }
  }

  /**
   * An explicit write: stores, moves the key's version on (refusing fills of older loads), then
   * drops the local copy (dropped after the write, so no read that raced it can leave the old value
   * here) and tells other processes to drop theirs.
   */
  void put(String fullKey, String relativeKey, Object value, Duration entryTtl) {
    metrics.put();
    String json = deps.json().encode(value);
    boolean stored = deps.guard().run(() -> keys.write(fullKey, json, entryTtl), outcomes);
    near.invalidate(fullKey);
    if (stored) {
      afterWrite();
    } else {
      deps.stale().mark(this);
    }
    deps.announce(name, relativeKey);
  }

  /**
   * Deletes the given keys, moves their versions on (refusing fills of older loads), then drops the
   * local copies and announces {@code relativeKey} to every process.
   */
  void invalidate(String relativeKey, String... fullKeys) {
    metrics.invalidation();
    boolean deleted = deps.guard().run(() -> keys.delete(fullKeys), outcomes);
    dropNear(relativeKey);
    if (deleted) {
      afterWrite();
    } else {
      deps.stale().mark(this);
    }
    deps.announce(name, relativeKey);
  }

  /** Deletes every key matching the glob {@code pattern} (SCAN + UNLINK per master, never KEYS). */
  void invalidatePattern(String pattern) {
    metrics.invalidation();
    boolean deleted = deps.guard().run(() -> deleteByPattern(pattern), outcomes);
    near.invalidateAll();
    if (deleted) {
      afterWrite();
    } else {
      deps.stale().mark(this);
    }
    deps.announce(name, null);
  }

  /** Clears the whole region after an outage; returns whether Redis confirmed it. */
  boolean clearAfterOutage() {
    boolean cleared =
        deps.guard().run(() -> deleteByPattern(CacheKeys.glob(prefix) + "*"), outcomes);
    near.invalidateAll();
    if (cleared) {
      deps.announce(name, null);
    }
    return cleared;
  }

  /** Moves the region's epoch on (refusing fills begun before), then SCANs and UNLINKs. */
  private void deleteByPattern(String pattern) {
    keys.bumpEpoch();
    deps.redisson().getKeys().unlinkByPattern(pattern);
  }

  /** Drops local copies for an invalidation announced by another process (null key: all). */
  void dropNear(String relativeKey) {
    if (relativeKey == null) {
      near.invalidateAll();
      return;
    }
    near.invalidate(prefix + relativeKey);
    for (String suffix : viewSuffixes) {
      near.invalidate(prefix + relativeKey + suffix);
    }
  }

  private void afterWrite() {
    if (deps.stale().anyStale()) {
      deps.stale().recoverSoon();
    }
  }

  /** What a fill needs from before its load: the near stamp, the Redis version, the start. */
  private record Fill(NearCache.Stamp stamp, VersionedKeys.Versioned seen, long startedNanos) {}

  @Override
  public String toString() {
    return name;
  }
}
