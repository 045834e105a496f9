package dev.polly.common.cache;

import com.codahale.metrics.MetricRegistry;
import dev.polly.common.redis.PollyJson;
import dev.polly.common.redis.RedisGuard;
import java.util.function.BiConsumer;
import org.redisson.api.RedissonClient;

/**
 * What every region of one process shares: the metric registry, the Redis gate and client, the JSON
 * codec, the stale-region tracker and the announcer of invalidations ({@code region, key}; a null
 * key means the whole region).
 */
record RegionDeps(
    MetricRegistry metrics,
    RedisGuard guard,
    RedissonClient redisson,
    PollyJson json,
    StaleRegions stale,
    BiConsumer<String, String> announcer) {

  void announce(String region, String relativeKey) {
    announcer.accept(region, relativeKey);
  }
}
