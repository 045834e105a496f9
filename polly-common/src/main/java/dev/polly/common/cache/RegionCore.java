package dev.polly.common.cache;

import com.codahale.metrics.Timer;
import dev.polly.common.redis.RedisGuard;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.redisson.client.codec.StringCodec;

/**
 * The storage engine of one named region, shared by its typed views: Redis reads and writes through
 * the {@link RedisGuard}, the near cache, single-flight loading, metrics, stale-region tracking and
 * invalidation announcements. Keys here are full Redis keys ({@code polly:v1:{region}:...}); the
 * views build them.
 */
final class RegionCore {
  private final String name;
  private final String prefix;
  private final Duration ttl;
  private final List<String> viewSuffixes;
  private final RegionDeps deps;
  private final RegionMetrics metrics;
  private final NearCache near;
  private final SingleFlight singleFlight = new SingleFlight();

  RegionCore(String name, RegionSettings settings, List<String> viewSuffixes, RegionDeps deps) {
    this.name = name;
    this.prefix = CacheKeys.regionPrefix(name);
    this.ttl = java.time.Duration.ofMillis(settings.getTtl().toMilliseconds());
    this.viewSuffixes = List.copyOf(viewSuffixes);
    this.deps = deps;
    this.metrics = new RegionMetrics(deps.metrics(), name);
    this.near = new NearCache(settings);
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
    Optional<T> value = readRedis(fullKey, type);
    if (value.isPresent()) {
      metrics.hit();
      near.put(fullKey, value.get());
    } else {
      metrics.miss();
    }
    return value;
  }

  private <T> Optional<T> readRedis(String fullKey, Class<T> type) {
    if (deps.stale().isStale(this)) {
      metrics.bypass(); // not yet cleared after an outage: Redis may hold old values
      return Optional.empty();
    }
    String json =
        deps.guard()
            .call(
                () -> deps.redisson().<String>getBucket(fullKey, StringCodec.INSTANCE).get(),
                null,
                metrics);
    if (json == null) {
      return Optional.empty();
    }
    Optional<T> decoded = deps.json().decode(json, type);
    if (decoded.isEmpty()) {
      metrics.error(); // undecodable bytes behave like a miss and are overwritten by the load
    }
    return decoded;
  }

  /**
   * Read-through. On a miss, one caller per key in this process runs the loader (timed, failures
   * counted) and stores its non-null result; concurrent callers wait for that same result.
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
    // A leader that finished just before this one registered has stored its value: use it.
    // Skipped while Redis is not in use: then nothing was stored, and no bypass is counted twice.
    Optional<T> stored =
        deps.guard().closed() && !deps.stale().isStale(this)
            ? readRedis(fullKey, type)
            : Optional.empty();
    if (stored.isPresent()) {
      near.put(fullKey, stored.get());
      return stored.get();
    }
    T value = load(loader);
    if (value != null) {
      store(fullKey, value, entryTtl);
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

  /** Stores a loaded value (no announcement: it only fills what was missing). */
  private void store(String fullKey, Object value, Duration entryTtl) {
    near.put(fullKey, value);
    if (deps.stale().isStale(this)) {
      return;
    }
    String json = deps.json().encode(value);
    deps.guard()
        .run(
            () -> deps.redisson().getBucket(fullKey, StringCodec.INSTANCE).set(json, entryTtl),
            metrics);
  }

  /** An explicit write: stores, keeps the local copy, and tells other processes to drop theirs. */
  void put(String fullKey, String relativeKey, Object value, Duration entryTtl) {
    metrics.put();
    String json = deps.json().encode(value);
    boolean stored =
        deps.guard()
            .run(
                () -> deps.redisson().getBucket(fullKey, StringCodec.INSTANCE).set(json, entryTtl),
                metrics);
    if (stored) {
      near.put(fullKey, value);
      afterWrite();
    } else {
      near.invalidate(fullKey);
      deps.stale().mark(this);
    }
    deps.announce(name, relativeKey);
  }

  /** Deletes the given keys here and announces {@code relativeKey} to every process. */
  void invalidate(String relativeKey, String... fullKeys) {
    metrics.invalidation();
    dropNear(relativeKey);
    boolean deleted = deps.guard().run(() -> deps.redisson().getKeys().delete(fullKeys), metrics);
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
    near.invalidateAll();
    boolean deleted =
        deps.guard().run(() -> deps.redisson().getKeys().unlinkByPattern(pattern), metrics);
    if (deleted) {
      afterWrite();
    } else {
      deps.stale().mark(this);
    }
    deps.announce(name, null);
  }

  /** Clears the whole region after an outage; returns whether Redis confirmed it. */
  boolean clearAfterOutage() {
    near.invalidateAll();
    boolean cleared =
        deps.guard()
            .run(
                () -> deps.redisson().getKeys().unlinkByPattern(CacheKeys.glob(prefix) + "*"),
                metrics);
    if (cleared) {
      deps.announce(name, null);
    }
    return cleared;
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

  @Override
  public String toString() {
    return name;
  }
}
