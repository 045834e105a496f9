package dev.polly.bot.features.vote;

import io.dropwizard.lifecycle.Managed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that record votes after the click was acknowledged: a fixed pool of {@code threads}
 * ({@code bot.voteThreads}) daemon threads named {@code polly-vote-N}, fed by an unbounded queue,
 * so a burst of clicks waits here (each already acknowledged to Discord) instead of holding up the
 * JDA event threads that send the acknowledgements. Started and stopped by Dropwizard's lifecycle;
 * {@link #stop()} lets queued votes finish for up to ten seconds.
 */
public final class VoteWorkers implements Managed {
  private final int threads;
  private volatile ExecutorService pool;

  public VoteWorkers(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("vote threads must be at least 1, got " + threads);
    }
    this.threads = threads;
  }

  @Override
  public void start() {
    AtomicInteger count = new AtomicInteger();
    pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread thread = new Thread(r, "polly-vote-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Queues {@code work}.
   *
   * @throws RejectedExecutionException when the workers are not started or already stopping
   */
  public void submit(Runnable work) {
    ExecutorService running = pool;
    if (running == null) {
      throw new RejectedExecutionException("vote workers are not running");
    }
    running.execute(work);
  }

  @Override
  public void stop() throws InterruptedException {
    ExecutorService running = pool;
    if (running != null) {
      running.shutdown();
      running.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}
