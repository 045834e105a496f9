package dev.polly.common.events;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import dev.polly.common.redis.RedisConnection;
import dev.polly.common.redis.RedisGuard;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;

/**
 * {@link DistributedLocks} over Redisson {@code RLock}s named {@code polly:v1:lock:{name}}, taken
 * with {@code tryLock(0, lease)} so no caller ever waits. When Redis is unavailable the job runs
 * anyway (counted as {@code polly.locks.unguarded}): locks only save duplicate work, correctness
 * rests on compare-and-set updates in PostgreSQL.
 */
public final class RedisDistributedLocks implements DistributedLocks {
  private final RedissonClient redisson;
  private final RedisGuard guard;
  private final Counter unguarded;
  private final Counter contended;

  public RedisDistributedLocks(RedisConnection redis) {
    this.redisson = redis.redisson();
    this.guard = redis.guard();
    MetricRegistry metrics = redis.metrics();
    this.unguarded = metrics.counter("polly.locks.unguarded");
    this.contended = metrics.counter("polly.locks.contended");
  }

  @Override
  public boolean runExclusively(String name, Duration lease, Runnable job) {
    RLock lock = redisson.getLock("polly:v1:lock:" + name);
    Boolean acquired = guard.call(() -> tryLock(lock, lease), null, RedisGuard.Outcomes.NONE);
    if (acquired == null) {
      unguarded.inc();
      job.run();
      return true;
    }
    if (!acquired) {
      contended.inc();
      return false;
    }
    try {
      job.run();
      return true;
    } finally {
      // The lease may have expired meanwhile (then the lock is no longer ours): never throw here.
      guard.run(
          () -> {
            if (lock.isHeldByCurrentThread()) {
              lock.unlock();
            }
          },
          RedisGuard.Outcomes.NONE);
    }
  }

  private static Boolean tryLock(RLock lock, Duration lease) {
    try {
      return lock.tryLock(0, lease.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
