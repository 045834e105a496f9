package dev.polly.common.cache;

import dev.polly.common.redis.RedisFactory;
import dev.polly.common.testing.TestRedisCluster;
import java.util.List;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * The region contract against a three-master Redis Cluster of real redis-server processes: keys of
 * one region spread over all masters, and bulk invalidation must SCAN every one of them.
 */
class ClusterRedisRegionTest extends RegionContract {
  private TestRedisCluster cluster;
  private RedissonClient admin;

  @Override
  void startRedis() {
    cluster = TestRedisCluster.start();
    Config config = new Config();
    config.useClusterServers().setNodeAddresses(cluster.nodeUrls());
    admin = Redisson.create(config);
  }

  @Override
  void stopRedis() {
    if (admin != null) {
      admin.shutdown();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Override
  RedisFactory factory() {
    return cluster.factory();
  }

  @Override
  RedissonClient admin() {
    return admin;
  }

  @Override
  long keysCommandCalls() {
    long calls = 0;
    for (int port : cluster.ports()) {
      String stats = TestRedisCluster.cli(port, List.of("info", "commandstats"));
      calls +=
          stats
              .lines()
              .filter(line -> line.startsWith("cmdstat_keys:"))
              .mapToLong(RedisCommandStats::calls)
              .sum();
    }
    return calls;
  }
}
