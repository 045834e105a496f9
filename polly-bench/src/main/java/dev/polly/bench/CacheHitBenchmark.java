package dev.polly.bench;

import dev.polly.common.cache.CacheFactory;
import dev.polly.common.cache.CacheRegion;
import dev.polly.common.cache.RegionSettings;
import dev.polly.common.domain.UserPreferences;
import dev.polly.common.testing.RunningRedisServices;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.util.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.redisson.Redisson;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/**
 * A cache hit through a Polly region (Redis GET, JSON decode, metrics, circuit breaker) against a
 * raw Redisson {@code RBucket.get()} of the same key on the same Redis, in one run; plus a hit in
 * the region's near cache (no network). The acceptance bar: regionHit ≤ 1.2 × rawBucketGet.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(1)
public class CacheHitBenchmark {
  private static final String KEY = "bench-user";
  private static final UserPreferences VALUE =
      new UserPreferences(42, 1L, 2L, 3L, "Europe/Paris", Instant.parse("2026-01-01T00:00:00Z"));

  private RunningRedisServices remote;
  private RunningRedisServices near;
  private RedissonClient raw;
  private CacheRegion<UserPreferences> remoteRegion;
  private CacheRegion<UserPreferences> nearRegion;
  private RBucket<String> rawBucket;

  @Setup(Level.Trial)
  public void start() {
    TestRedis redis = TestRedis.get();
    remote = RunningRedisServices.start(redis.relaxedFactory(), settings(0), "bench-remote");
    near = RunningRedisServices.start(redis.relaxedFactory(), settings(60), "bench-near");
    remoteRegion = remote.services().caches().userPrefs();
    nearRegion = near.services().caches().userPrefs();
    remoteRegion.put(KEY, VALUE);

    Config config = new Config();
    config.setCodec(StringCodec.INSTANCE);
    config.setThreads(4);
    config.setNettyThreads(8);
    config.useSingleServer().setAddress(redis.url()).setConnectionMinimumIdleSize(4);
    raw = Redisson.create(config);
    rawBucket = raw.getBucket("polly:v1:user_prefs:" + KEY, StringCodec.INSTANCE);
    if (rawBucket.get() == null || !VALUE.equals(remoteRegion.get(KEY, () -> null))) {
      throw new IllegalStateException("benchmark key not cached");
    }
  }

  private static CacheFactory settings(int nearCacheSeconds) {
    CacheFactory cache = new CacheFactory();
    cache
        .getRegions()
        .put(
            CacheFactory.USER_PREFS,
            new RegionSettings(Duration.hours(1), Duration.seconds(nearCacheSeconds)));
    return cache;
  }

  @TearDown(Level.Trial)
  public void stop() {
    raw.shutdown();
    remote.close();
    near.close();
    TestRedis.get().stop();
  }

  @Benchmark
  public String rawBucketGet() {
    return rawBucket.get();
  }

  @Benchmark
  public UserPreferences regionHit() {
    return remoteRegion.get(KEY, CacheHitBenchmark::notCached);
  }

  @Benchmark
  public UserPreferences nearCacheHit() {
    return nearRegion.get(KEY, CacheHitBenchmark::notCached);
  }

  private static UserPreferences notCached() {
    throw new IllegalStateException("miss during the benchmark");
  }
}
