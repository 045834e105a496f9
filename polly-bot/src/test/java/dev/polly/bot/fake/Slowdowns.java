package dev.polly.bot.fake;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake Discord's deliberately slow requests: the next {@code times} requests matching a rule
 * wait {@code delay} before they are answered (other requests are served meanwhile). Also counts
 * how many edits of deferred replies ({@code PATCH /webhooks/.../messages/@original}) were being
 * served at the same moment, the most ever.
 */
final class Slowdowns {
  private static final String ANSWER_EDIT = "/webhooks/\\d+/[^/]+/messages/@original";

  private record Rule(String method, String pathRegex, AtomicInteger left, Duration delay) {}

  private final Queue<Rule> rules = new ConcurrentLinkedQueue<>();
  private final AtomicInteger answerEditsNow = new AtomicInteger();
  private final AtomicInteger answerEditsMost = new AtomicInteger();

  void slowNext(String method, String pathRegex, int times, Duration delay) {
    rules.add(new Rule(method, pathRegex, new AtomicInteger(times), delay));
  }

  int mostAnswerEditsAtOnce() {
    return answerEditsMost.get();
  }

  /** Waits out the delay of the first rule matching this request, if any, counting answer edits. */
  void serve(String method, String path) {
    boolean answerEdit = method.equals("PATCH") && path.matches(ANSWER_EDIT);
    if (answerEdit) {
      answerEditsMost.accumulateAndGet(answerEditsNow.incrementAndGet(), Math::max);
    }
    try {
      sleepIfSlow(method, path);
    } finally {
      if (answerEdit) {
        answerEditsNow.decrementAndGet();
      }
    }
  }

  private void sleepIfSlow(String method, String path) {
    for (Rule rule : rules) {
      if (rule.method().equals(method)
          && path.matches(rule.pathRegex())
          && rule.left().getAndDecrement() > 0) {
        try {
          Thread.sleep(rule.delay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
    }
  }
}
