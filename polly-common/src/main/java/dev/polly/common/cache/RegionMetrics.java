package dev.polly.common.cache;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import dev.polly.common.redis.RedisGuard;

/**
 * The metrics of one cache region, registered under {@code polly.cache.{region}.*}: counters {@code
 * hit}, {@code miss}, {@code errors}, {@code bypasses}, {@code puts}, {@code invalidations}, {@code
 * load_failures}, the timer {@code loads} and the gauge {@code hit_ratio}. Counters (not meters)
 * keep the Prometheus names exact ({@code polly_cache_gets_total{cache,result}}, see {@code
 * PrometheusEndpoint}). Views of one region (the three guild views) share one instance.
 */
public final class RegionMetrics {
  private final Counter hits;
  private final Counter misses;
  private final Counter errors;
  private final Counter bypasses;
  private final Counter puts;
  private final Counter invalidations;
  private final Counter loadFailures;
  private final Timer loads;
  private final RedisGuard.Outcomes outcomes;

  public RegionMetrics(MetricRegistry registry, String region) {
    String prefix = MetricRegistry.name("polly.cache", region);
    hits = registry.counter(prefix + ".hit");
    misses = registry.counter(prefix + ".miss");
    errors = registry.counter(prefix + ".errors");
    bypasses = registry.counter(prefix + ".bypasses");
    puts = registry.counter(prefix + ".puts");
    invalidations = registry.counter(prefix + ".invalidations");
    loadFailures = registry.counter(prefix + ".load_failures");
    loads = registry.timer(prefix + ".loads");
    outcomes = RedisGuard.Outcomes.counting(errors, bypasses);
    registry.gauge(prefix + ".hit_ratio", () -> (Gauge<Double>) this::hitRatio);
  }

  /** Hits over all gets since start, 0 when there was none. */
  public double hitRatio() {
    long h = hits.getCount();
    long total = h + misses.getCount();
    return total == 0 ? 0.0 : (double) h / total;
  }

  void hit() {
    hits.inc();
  }

  void miss() {
    misses.inc();
  }

  void put() {
    puts.inc();
  }

  void invalidation() {
    invalidations.inc();
  }

  void loadFailure() {
    loadFailures.inc();
  }

  Timer loads() {
    return loads;
  }

  /** Where the region's guarded Redis calls count their errors and bypasses. */
  RedisGuard.Outcomes outcomes() {
    return outcomes;
  }

  /** A snapshot for tasks such as {@code cache-stats}. */
  public Stats stats() {
    return new Stats(
        hits.getCount(),
        misses.getCount(),
        errors.getCount(),
        bypasses.getCount(),
        puts.getCount(),
        invalidations.getCount(),
        loadFailures.getCount(),
        loads.getCount(),
        hitRatio());
  }

  /** Immutable counts of one region. */
  public record Stats(
      long hits,
      long misses,
      long errors,
      long bypasses,
      long puts,
      long invalidations,
      long loadFailures,
      long loads,
      double hitRatio) {}
}
