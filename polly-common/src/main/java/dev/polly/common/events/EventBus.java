package dev.polly.common.events;

import java.util.function.Consumer;

/**
 * Publishes and receives {@link PollyEvent}s across processes (Redis topic {@code polly:events}).
 * Never throws: when Redis is unavailable, publishing is counted as an error and dropped, since
 * events are only hints.
 */
public interface EventBus {
  /** Sends an event to every subscribed process, this one included. */
  void publish(PollyEvent event);

  /**
   * Registers a listener, called on a Redisson thread for every event; the returned handle removes
   * it. Listeners must not block.
   */
  AutoCloseable subscribe(Consumer<PollyEvent> listener);
}
