package dev.polly.api.fault;

import dev.polly.api.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends {@code GET /api/me} with one session token, one request after another on its own thread,
 * from {@link #start} until the deadline given to {@link #until}, recording when each request began
 * and how it was answered. Bounded: at most 20,000 requests and 30 seconds.
 */
final class Probe {
  /** One request: when it began ({@link System#nanoTime}) and its status (-1: no answer). */
  record Answer(long startNanos, int status) {}

  private static final int MAX_REQUESTS = 20_000;
  private static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final List<Answer> answers = new ArrayList<>();
  private final CompletableFuture<Void> done;
  private volatile long deadline = Long.MAX_VALUE;

  private Probe(Http http, String token) {
    long started = System.nanoTime();
    done =
        CompletableFuture.runAsync(
            () -> {
              for (int i = 0; i < MAX_REQUESTS; i++) {
                long now = System.nanoTime();
                if (now >= deadline || now - started > MAX_NANOS) {
                  return;
                }
                int status;
                try {
                  status = http.get("/api/me", token).status();
                } catch (RuntimeException e) {
                  status = -1;
                }
                answers.add(new Answer(now, status));
              }
            });
  }

  static Probe start(Http http, String token) {
    return new Probe(http, token);
  }

  /** Lets the probe run until {@code deadlineNanos}, then returns every answer, oldest first. */
  List<Answer> until(long deadlineNanos) throws Exception {
    deadline = deadlineNanos;
    done.get(60, TimeUnit.SECONDS);
    return List.copyOf(answers);
  }
}
