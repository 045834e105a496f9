package dev.polly.bot.features.live;

import dev.polly.bot.features.poll.PollMessenger;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coalesces live updates of poll messages. A vote only marks its poll dirty; once per {@code
 * interval} one worker edits each dirty poll's message once, whatever the vote rate. A failed edit
 * is logged and the poll marked dirty again for the next round; nothing stops the worker. JDA's
 * rate limiter spaces the edits further when Discord answers 429.
 */
public final class LiveUpdates implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);

  private final PollMessenger messenger;
  private final Duration interval;
  private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
  private final Set<Long> editing = ConcurrentHashMap.newKeySet();
  private final Map<Long, Long> lastStarted = new ConcurrentHashMap<>();
  private ScheduledExecutorService worker;

  public LiveUpdates(PollMessenger messenger, Duration interval) {
    this.messenger = messenger;
    this.interval = interval;
  }

  /** Records that a poll's message is out of date. Cheap and non-blocking. */
  public void markDirty(long pollId) {
    dirty.add(pollId);
  }

  @Override
  public void start() {
    worker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "polly-live-updates");
              thread.setDaemon(true);
              return thread;
            });
    long millis = interval.toMillis();
    worker.scheduleWithFixedDelay(this::flush, millis, millis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() throws InterruptedException {
    if (worker != null) {
      worker.shutdown();
      worker.awaitTermination(5, TimeUnit.SECONDS);
    }
  }

  /**
   * One round: at most one edit per dirty poll, skipping polls whose last edit is still in flight
   * or started less than one interval ago.
   */
  void flush() {
    List<Long> due = new ArrayList<>();
    long now = System.nanoTime();
    for (Long pollId : dirty) {
      Long last = lastStarted.get(pollId);
      boolean rested = last == null || now - last >= interval.toNanos();
      if (rested && !editing.contains(pollId) && dirty.remove(pollId)) {
        due.add(pollId);
        lastStarted.put(pollId, now);
      }
    }
    if (lastStarted.size() > 10_000) {
      lastStarted.values().removeIf(t -> now - t > interval.toNanos());
    }
    for (Long pollId : due) {
      try {
        editing.add(pollId);
        messenger.refresh(pollId).whenComplete((ok, failure) -> finished(pollId, failure));
      } catch (RuntimeException e) {
        finished(pollId, e);
      }
    }
  }

  private void finished(long pollId, Throwable failure) {
    editing.remove(pollId);
    if (failure != null) {
      Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
      if (permanent(cause)) {
        LOG.warn("Live update of poll {} dropped: {}", pollId, cause.toString());
        return;
      }
      LOG.warn("Live update of poll {} failed, retrying next round: {}", pollId, cause.toString());
      dirty.add(pollId);
    }
  }

  /** The message or channel is gone or not ours to edit: retrying cannot help. */
  static boolean permanent(Throwable cause) {
    if (cause instanceof ErrorResponseException error) {
      ErrorResponse response = error.getErrorResponse();
      return response == ErrorResponse.UNKNOWN_MESSAGE
          || response == ErrorResponse.UNKNOWN_CHANNEL
          || response == ErrorResponse.MISSING_ACCESS
          || response == ErrorResponse.MISSING_PERMISSIONS;
    }
    return cause instanceof IllegalStateException;
  }
}
