package dev.polly.common.cache;

import dev.polly.common.redis.RedisFactory;
import dev.polly.common.testing.TestRedis;
import java.util.Map;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNode;
import org.redisson.api.redisnode.RedisNodes;

/** The region contract against the JVM's single embedded Redis. */
class SingleRedisRegionTest extends RegionContract {
  @Override
  RedisFactory factory() {
    return TestRedis.get().relaxedFactory();
  }

  @Override
  RedissonClient admin() {
    return TestRedis.get().admin();
  }

  @Override
  long keysCommandCalls() {
    Map<String, String> stats =
        admin()
            .getRedisNodes(RedisNodes.SINGLE)
            .getInstance()
            .info(RedisNode.InfoSection.COMMANDSTATS);
    return RedisCommandStats.calls(stats.get("cmdstat_keys"));
  }
}
