package dev.polly.common.testing;

import com.codahale.metrics.MetricRegistry;
import dev.polly.common.cache.CacheFactory;
import dev.polly.common.config.RedisServices;
import dev.polly.common.events.GuildDataRefreshed;
import dev.polly.common.redis.RedisFactory;
import io.dropwizard.core.setup.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * {@link RedisServices} built exactly as an application builds them ({@link RedisFactory#build}) in
 * their own Dropwizard {@link Environment}, standing for one process. {@link #close()} stops its
 * managed objects. Two instances in one test are two processes.
 */
public final class RunningRedisServices implements AutoCloseable {
  private final Environment environment;
  private final RedisServices services;

  private RunningRedisServices(Environment environment, RedisServices services) {
    this.environment = environment;
    this.services = services;
  }

  /** Starts services for {@code processName} against {@code redis} with {@code cache} settings. */
  public static RunningRedisServices start(
      RedisFactory redis, CacheFactory cache, String processName) {
    Environment environment = new Environment(processName);
    RedisServices services = RedisServices.build(environment, redis, cache, processName);
    for (LifeCycle managed : environment.lifecycle().getManagedObjects()) {
      try {
        managed.start();
      } catch (Exception e) {
        throw new IllegalStateException("Could not start " + managed, e);
      }
    }
    awaitConnected(services);
    return new RunningRedisServices(environment, services);
  }

  /**
   * Waits (up to 15 s) until the lazy client answers and this process receives its own events, so
   * tests start warm and no event is published before the topic subscription exists.
   */
  private static void awaitConnected(RedisServices services) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (!services.probe().probe().connected()) {
      pause(deadline, 20);
    }
    long marker = ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
    AtomicBoolean received = new AtomicBoolean();
    try (AutoCloseable handle =
        services
            .events()
            .subscribe(
                e -> received.compareAndSet(false, e.equals(new GuildDataRefreshed(marker))))) {
      while (!received.get()) {
        services.events().publish(new GuildDataRefreshed(marker));
        pause(deadline, 50);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause(long deadline, long millis) {
    if (System.nanoTime() > deadline) {
      throw new IllegalStateException("Redis services not ready within 15 s");
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Services against the shared {@link TestRedis}. */
  public static RunningRedisServices start(CacheFactory cache, String processName) {
    return start(TestRedis.get().factory(), cache, processName);
  }

  public RedisServices services() {
    return services;
  }

  public Environment environment() {
    return environment;
  }

  public MetricRegistry metrics() {
    return environment.metrics();
  }

  @Override
  public void close() {
    List<LifeCycle> managed = new ArrayList<>(environment.lifecycle().getManagedObjects());
    java.util.Collections.reverse(managed);
    for (LifeCycle lifeCycle : managed) {
      try {
        lifeCycle.stop();
      } catch (Exception e) {
        // best effort: the next object must still stop
      }
    }
  }
}
