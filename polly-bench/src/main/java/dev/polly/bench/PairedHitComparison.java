package dev.polly.bench;

import dev.polly.common.cache.CacheFactory;
import dev.polly.common.cache.CacheRegion;
import dev.polly.common.cache.RegionSettings;
import dev.polly.common.domain.UserPreferences;
import dev.polly.common.testing.RunningRedisServices;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.util.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Supplier;
import org.redisson.Redisson;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/**
 * A paired complement to {@link CacheHitBenchmark} for a shared, noisy machine: raw {@code
 * RBucket.get()} and region hits are measured in alternating blocks of {@code BLOCK} calls (order
 * swapped every round), so both see the same background load; it prints the median over rounds of
 * each side's per-call time and of the per-round ratio region/raw. Run: {@code java -cp
 * polly-bench/target/polly-bench.jar dev.polly.bench.PairedHitComparison [rounds, 300]}.
 */
public final class PairedHitComparison {
  private static final int BLOCK = 500;

  private PairedHitComparison() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    TestRedis redis = TestRedis.get();
    CacheFactory cache = new CacheFactory();
    cache
        .getRegions()
        .put(CacheFactory.USER_PREFS, new RegionSettings(Duration.hours(1), Duration.seconds(0)));
    UserPreferences value =
        new UserPreferences(42, 1L, 2L, 3L, "Europe/Paris", Instant.parse("2026-01-01T00:00:00Z"));
    Config config = new Config();
    config.setCodec(StringCodec.INSTANCE);
    config.setThreads(4);
    config.setNettyThreads(8);
    config.useSingleServer().setAddress(redis.url()).setConnectionMinimumIdleSize(4);
    RedissonClient raw = Redisson.create(config);
    try (RunningRedisServices services =
        RunningRedisServices.start(redis.relaxedFactory(), cache, "paired-bench")) {
      CacheRegion<UserPreferences> region = services.services().caches().userPrefs();
      region.put("paired", value);
      RBucket<String> bucket = raw.getBucket("polly:v1:user_prefs:paired", StringCodec.INSTANCE);
      Supplier<Object> rawGet = bucket::get;
      Supplier<Object> regionGet = () -> region.get("paired", PairedHitComparison::notCached);
      for (int i = 0; i < 20; i++) { // warm-up
        perCall(rawGet);
        perCall(regionGet);
      }
      double[] rawUs = new double[rounds];
      double[] regionUs = new double[rounds];
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        if (r % 2 == 0) {
          rawUs[r] = perCall(rawGet);
          regionUs[r] = perCall(regionGet);
        } else {
          regionUs[r] = perCall(regionGet);
          rawUs[r] = perCall(rawGet);
        }
        ratios[r] = regionUs[r] / rawUs[r];
      }
      System.out.printf(
          "paired rounds=%d block=%d: raw RBucket.get median %.1f us/op, region hit median %.1f"
              + " us/op, median per-round ratio region/raw %.3f (p25 %.3f, p75 %.3f)%n",
          rounds,
          BLOCK,
          median(rawUs),
          median(regionUs),
          median(ratios),
          quantile(ratios, 0.25),
          quantile(ratios, 0.75));
    } finally {
      raw.shutdown();
      redis.stop();
    }
  }

  /** Microseconds per call over one block. */
  private static double perCall(Supplier<Object> op) {
    long start = System.nanoTime();
    for (int i = 0; i < BLOCK; i++) {
      if (op.get() == null) {
        throw new IllegalStateException("miss");
      }
    }
    return (System.nanoTime() - start) / 1_000.0 / BLOCK;
  }

  private static double median(double[] values) {
    return quantile(values, 0.5);
  }

  private static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.round(q * (sorted.length - 1))];
  }

  private static UserPreferences notCached() {
    throw new IllegalStateException("miss during the benchmark");
  }
}
