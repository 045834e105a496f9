package dev.polly.common.redis;

import com.codahale.metrics.MetricRegistry;
import dev.polly.common.health.RedisProbe;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import org.redisson.api.RedissonClient;

/**
 * One process's connection to Redis, built by {@link RedisFactory#connect}: the Redisson client,
 * the {@link RedisGuard} every call goes through, the shared JSON codec, the metric registry and a
 * background executor. The cache regions and the event bus are built on top of it.
 *
 * <p>Recovery work registered with {@link #onRecovery} runs on the background executor when the
 * circuit closes again, and again on each probe tick while the circuit is closed, so work that
 * failed during a short recovery is retried. Each task must be cheap when there is nothing to do.
 */
public final class RedisConnection {
  private final RedissonClient redisson;
  private final RedisGuard guard;
  private final PollyJson json;
  private final MetricRegistry metrics;
  private final ScheduledExecutorService executor;
  private final RedisProbe probe;
  private final RedisClient client;
  private final RedisStores stores;
  private final List<Runnable> recoveryTasks = new CopyOnWriteArrayList<>();

  RedisConnection(
      RedissonClient redisson,
      RedisGuard guard,
      MetricRegistry metrics,
      ScheduledExecutorService executor,
      RedisProbe probe) {
    this.redisson = redisson;
    this.guard = guard;
    this.json = new PollyJson();
    this.metrics = metrics;
    this.executor = executor;
    this.probe = probe;
    this.client = new RedisClient(redisson, guard, metrics);
    this.stores =
        new RedisStores(
            redisson,
            guard,
            json,
            metrics.counter("polly.redis.store.errors"),
            metrics.counter("polly.redis.store.bypasses"));
  }

  /** The client, for the cache and events packages only; callers go through {@link #guard()}. */
  public RedissonClient redisson() {
    return redisson;
  }

  public RedisGuard guard() {
    return guard;
  }

  public PollyJson json() {
    return json;
  }

  public MetricRegistry metrics() {
    return metrics;
  }

  /** The background executor (one daemon thread) for recovery work. */
  public ScheduledExecutorService executor() {
    return executor;
  }

  /** Times a round trip past the circuit breaker, for health pages. */
  public RedisProbe probe() {
    return probe;
  }

  /** Raw string commands through the guard, for operator checks. */
  public RedisClient client() {
    return client;
  }

  /** The stores of data whose only copy is in Redis (never cleared by cache recovery). */
  public RedisStores stores() {
    return stores;
  }

  /** Registers work to run after Redis comes back (see the class comment). */
  public void onRecovery(Runnable task) {
    recoveryTasks.add(task);
    guard.onRecovery(task);
  }

  /** Runs every recovery task now, on the calling thread; called by the probe while closed. */
  void runRecoveryTasks() {
    for (Runnable task : recoveryTasks) {
      task.run();
    }
  }
}
