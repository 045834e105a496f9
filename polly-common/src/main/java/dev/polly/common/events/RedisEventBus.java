package dev.polly.common.events;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import dev.polly.common.redis.PollyJson;
import dev.polly.common.redis.RedisConnection;
import dev.polly.common.redis.RedisGuard;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.redisson.api.RTopic;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link EventBus} over the Redis topic {@code polly:events}: events travel as JSON with a {@code
 * type} property (see {@link PollyEvent}). One Redisson listener fans messages out to the local
 * listeners. Publishing goes through the {@link RedisGuard}; while Redis is unavailable events are
 * dropped and counted ({@code polly.events.dropped}). If Redis is down at startup the subscription
 * is retried by {@link #ensureSubscribed()} (called by the recovery probe); Redisson re-subscribes
 * by itself after later reconnects.
 */
public final class RedisEventBus implements EventBus {
  /** The topic every Polly process publishes to and listens on. */
  public static final String TOPIC = "polly:events";

  private static final Logger LOG = LoggerFactory.getLogger(RedisEventBus.class);

  private final RTopic topic;
  private final RedisGuard guard;
  private final PollyJson json;
  private final List<Consumer<PollyEvent>> listeners = new CopyOnWriteArrayList<>();
  private final AtomicBoolean subscribed = new AtomicBoolean();
  private final Counter published;
  private final Counter dropped;
  private final Counter received;
  private final Counter undecodable;

  public RedisEventBus(RedisConnection redis) {
    this.topic = redis.redisson().getTopic(TOPIC, StringCodec.INSTANCE);
    this.guard = redis.guard();
    this.json = redis.json();
    MetricRegistry metrics = redis.metrics();
    this.published = metrics.counter("polly.events.published");
    this.dropped = metrics.counter("polly.events.dropped");
    this.received = metrics.counter("polly.events.received");
    this.undecodable = metrics.counter("polly.events.undecodable");
  }

  @Override
  public void publish(PollyEvent event) {
    String text = json.encode(event);
    boolean sent = guard.run(() -> topic.publish(text), RedisGuard.Outcomes.NONE);
    if (sent) {
      published.inc();
    } else {
      dropped.inc();
    }
  }

  @Override
  public AutoCloseable subscribe(Consumer<PollyEvent> listener) {
    listeners.add(listener);
    ensureSubscribed();
    return () -> listeners.remove(listener);
  }

  /** Registers the topic listener with Redis unless already done; never throws. */
  public void ensureSubscribed() {
    if (subscribed.get() || !subscribed.compareAndSet(false, true)) {
      return;
    }
    try {
      topic
          .addListenerAsync(String.class, (channel, message) -> dispatch(message))
          .whenComplete(
              (id, error) -> {
                if (error != null) {
                  subscribeFailed(error);
                }
              });
    } catch (RuntimeException e) {
      subscribeFailed(e); // a lazy client connects on first use and may fail synchronously
    }
  }

  private void subscribeFailed(Throwable error) {
    subscribed.set(false);
    LOG.debug("Subscribing to {} failed, will retry: {}", TOPIC, error.toString());
  }

  /** Whether the topic listener is registered (or being registered). */
  public boolean subscribed() {
    return subscribed.get();
  }

  private void dispatch(String message) {
    Optional<PollyEvent> event = json.decode(message, PollyEvent.class);
    if (event.isEmpty()) {
      undecodable.inc();
      return;
    }
    received.inc();
    for (Consumer<PollyEvent> listener : listeners) {
      try {
        listener.accept(event.get());
      } catch (RuntimeException e) {
        LOG.warn("Event listener failed on {}", event.get(), e);
      }
    }
  }
}
