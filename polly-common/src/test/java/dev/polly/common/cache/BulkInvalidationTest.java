package dev.polly.common.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.RunningRedisServices;
import dev.polly.common.testing.TestRedis;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.api.RBatch;
import org.redisson.api.RedissonClient;
import org.redisson.api.options.KeysScanOptions;
import org.redisson.api.redisnode.RedisNode;
import org.redisson.api.redisnode.RedisNodes;
import org.redisson.client.codec.StringCodec;

/** invalidateAll over 10,000 keys: SCAN-based, complete, and confined to its region. */
class BulkInvalidationTest {
  private static RunningRedisServices running;
  private static RedissonClient admin;

  @BeforeAll
  static void start() {
    running =
        RunningRedisServices.start(
            TestRedis.get().relaxedFactory(), new CacheFactory(), "bulk-test");
    admin = TestRedis.get().admin();
  }

  @AfterAll
  static void stop() {
    running.close();
  }

  @Test
  void invalidatingARegionOfTenThousandKeysLeavesNoneAndTouchesNoOtherRegion() {
    seed("polly:v1:poll_results:bulk-", 10_000, "{}");
    seed("polly:v1:user_prefs:bulk-", 100, "{\"userId\":1}");
    seed("polly:v1:poll_results_archive:bulk-", 10, "{}"); // shares the name as a prefix only
    long keysCallsBefore = keysCommandCalls();

    running.services().caches().pollResults().invalidateAll();

    assertThat(count("polly:v1:poll_results:*")).isZero();
    assertThat(count("polly:v1:user_prefs:bulk-*")).isEqualTo(100);
    assertThat(count("polly:v1:poll_results_archive:*")).isEqualTo(10);
    assertThat(keysCommandCalls()).isEqualTo(keysCallsBefore);
  }

  private static void seed(String prefix, int n, String json) {
    RBatch batch = admin.createBatch();
    for (int i = 0; i < n; i++) {
      batch
          .getBucket(prefix + i, StringCodec.INSTANCE)
          .setAsync(json, java.time.Duration.ofMinutes(5));
    }
    batch.execute();
  }

  private static long count(String pattern) {
    long n = 0;
    for (String ignored :
        admin.getKeys().getKeys(KeysScanOptions.defaults().pattern(pattern).chunkSize(1000))) {
      n++;
    }
    return n;
  }

  /** How often the server ran KEYS, from INFO commandstats. */
  private static long keysCommandCalls() {
    Map<String, String> stats =
        admin
            .getRedisNodes(RedisNodes.SINGLE)
            .getInstance()
            .info(RedisNode.InfoSection.COMMANDSTATS);
    String keys = stats.get("cmdstat_keys");
    if (keys == null) {
      return 0;
    }
    return Long.parseLong(keys.replaceAll("^calls=(\\d+),.*$", "$1"));
  }
}
