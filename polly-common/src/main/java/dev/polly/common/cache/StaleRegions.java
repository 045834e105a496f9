package dev.polly.common.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the regions whose writes or invalidations did not reach Redis (circuit open or a failed
 * call), and clears each of them entirely once Redis is reachable again.
 *
 * <p>Choice: we clear whole regions, not single keys. A skipped {@code invalidateAll} cannot be
 * replayed key by key, and remembering every key of a long outage would grow without bound; a
 * region clear is one SCAN-based delete and costs only refills. Until a stale region is cleared its
 * reads skip Redis (they go to the loader), so nothing written before the outage is served after
 * it. Recovery runs when the circuit closes, and also after any successful call while regions are
 * pending (a single failed write does not open the circuit).
 *
 * <p>Only cache regions are ever cleared, and every region holds only values reloadable from
 * PostgreSQL or Discord; data whose only copy is in Redis (drafts, OAuth state markers) lives in a
 * {@code RedisStore} under {@code polly:v1:store:}, which recovery never touches.
 */
final class StaleRegions {
  private static final Logger LOG = LoggerFactory.getLogger(StaleRegions.class);

  /** Stale region to the sequence number of its latest missed write. */
  private final Map<RegionCore, Long> stale = new ConcurrentHashMap<>();

  private final AtomicLong sequence = new AtomicLong();
  private final AtomicBoolean recovering = new AtomicBoolean();
  private final Executor executor;

  StaleRegions(Executor executor) {
    this.executor = executor;
  }

  void mark(RegionCore region) {
    if (stale.put(region, sequence.incrementAndGet()) == null) {
      LOG.warn("Cache region {} missed a write; it will be cleared when Redis is back", region);
    }
  }

  boolean isStale(RegionCore region) {
    return !stale.isEmpty() && stale.containsKey(region);
  }

  boolean anyStale() {
    return !stale.isEmpty();
  }

  /** Schedules the clearing of every stale region, unless a recovery is already running. */
  void recoverSoon() {
    if (!stale.isEmpty() && recovering.compareAndSet(false, true)) {
      executor.execute(this::recover);
    }
  }

  private void recover() {
    try {
      for (Map.Entry<RegionCore, Long> entry : Map.copyOf(stale).entrySet()) {
        RegionCore region = entry.getKey();
        // Removed only if no write was missed meanwhile; otherwise the next recovery clears again.
        if (region.clearAfterOutage() && stale.remove(region, entry.getValue())) {
          LOG.info("Cache region {} cleared after the Redis outage", region);
        }
      }
    } finally {
      recovering.set(false);
    }
  }
}
