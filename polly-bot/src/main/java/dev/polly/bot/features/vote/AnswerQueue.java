package dev.polly.bot.features.vote;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers to acknowledged clicks (edits of their deferred replies), sent with at most {@code
 * maxInFlight} edits in flight at once; the others wait here in arrival order. JDA sends every
 * interaction request on its own thread and connection, so without this bound a burst of answers
 * would take the HTTP connections, threads and CPU that the acknowledgements of later clicks need
 * (Discord refuses an acknowledgement later than 3 s; an answer has 15 minutes). Every answer
 * handed to {@link #send} is sent exactly once; a failed edit is logged with the interaction and
 * user ids only and frees its place like a successful one.
 */
public final class AnswerQueue {
  private static final Logger LOG = LoggerFactory.getLogger(AnswerQueue.class);

  private final int maxInFlight;
  private final Queue<Answer> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final ThreadLocal<Boolean> draining = ThreadLocal.withInitial(() -> false);

  private record Answer(IReplyCallback event, String text) {}

  /**
   * @param maxInFlight the most answer edits sent and not yet finished, at least 1
   */
  public AnswerQueue(int maxInFlight) {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException(
          "answers in flight must be at least 1, got " + maxInFlight);
    }
    this.maxInFlight = maxInFlight;
  }

  /** Edits {@code event}'s deferred reply into {@code text}, now or once a place is free. */
  public void send(IReplyCallback event, String text) {
    waiting.add(new Answer(event, text));
    drain();
  }

  /** How many answers wait for a place (for tests and metrics). */
  public int waiting() {
    return waiting.size();
  }

  /**
   * Sends waiting answers while places are free. An edit that fails at once (JDA stopped, or the
   * acknowledgement failed) calls {@link #done} on this thread: that inner call returns at once and
   * this loop goes on, so a long queue of failures does not nest one call per answer.
   */
  private void drain() {
    if (draining.get()) {
      return;
    }
    draining.set(true);
    try {
      sendWhileFree();
    } finally {
      draining.set(false);
    }
  }

  private void sendWhileFree() {
    while (!waiting.isEmpty()) {
      int sending = inFlight.get();
      if (sending >= maxInFlight) {
        return;
      }
      if (inFlight.compareAndSet(sending, sending + 1)) {
        Answer next = waiting.poll();
        if (next == null) {
          inFlight.decrementAndGet();
        } else {
          edit(next);
        }
      }
    }
  }

  private void edit(Answer answer) {
    try {
      answer
          .event()
          .getHook()
          .editOriginal(answer.text())
          .queue(ok -> done(), e -> failed(answer, e));
    } catch (RuntimeException e) {
      failed(answer, e);
    }
  }

  private void failed(Answer answer, Throwable e) {
    LOG.warn(
        "Answer to interaction {} (user {}) failed: {}",
        answer.event().getId(),
        answer.event().getUser().getId(),
        e.toString());
    done();
  }

  private void done() {
    inFlight.decrementAndGet();
    drain();
  }
}
