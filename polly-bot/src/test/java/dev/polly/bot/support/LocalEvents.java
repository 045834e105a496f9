package dev.polly.bot.support;

import dev.polly.common.events.DistributedLocks;
import dev.polly.common.events.EventBus;
import dev.polly.common.events.PollyEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/** An in-process event bus and lock for fast single-process tests. */
public final class LocalEvents implements EventBus, DistributedLocks {
  private final List<Consumer<PollyEvent>> listeners = new CopyOnWriteArrayList<>();
  private final List<PollyEvent> published = new CopyOnWriteArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();

  @Override
  public void publish(PollyEvent event) {
    published.add(event);
    listeners.forEach(l -> l.accept(event));
  }

  @Override
  public AutoCloseable subscribe(Consumer<PollyEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  public List<PollyEvent> published() {
    return List.copyOf(published);
  }

  @Override
  public boolean runExclusively(String name, Duration lease, Runnable job) {
    if (!lock.tryLock()) {
      return false;
    }
    try {
      job.run();
      return true;
    } finally {
      lock.unlock();
    }
  }
}
