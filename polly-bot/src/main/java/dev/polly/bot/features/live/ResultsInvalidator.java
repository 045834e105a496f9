package dev.polly.bot.features.live;

import dev.polly.common.store.PollResultsStore;
import io.dropwizard.lifecycle.Managed;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What follows a stored vote, once per burst instead of once per vote: one worker thread
 * invalidates the poll's cached results (a Redis delete and a pub/sub announcement) and then marks
 * its message dirty for {@link LiveUpdates}. A poll is queued at most once; votes stored while its
 * invalidation runs queue it again, so every vote is followed by an invalidation that began after
 * it was stored, and the message is only re-rendered after that invalidation. The vote's own answer
 * never waits for Redis. Redis being down only skips the invalidation (entries have TTLs), as
 * before. {@link #stop()} runs the invalidations still queued.
 */
public final class ResultsInvalidator implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(ResultsInvalidator.class);

  private final PollResultsStore results;
  private final LiveUpdates live;
  private final Set<Long> queued = ConcurrentHashMap.newKeySet();
  private final BlockingQueue<Long> order = new LinkedBlockingQueue<>();
  private volatile Thread worker;

  public ResultsInvalidator(PollResultsStore results, LiveUpdates live) {
    this.results = results;
    this.live = live;
  }

  /** A vote on {@code pollId} is stored: queues its invalidation unless one is already queued. */
  public void voteStored(long pollId) {
    if (queued.add(pollId)) {
      order.add(pollId);
    }
  }

  @Override
  public void start() {
    Thread thread = new Thread(this::run, "polly-results-invalidator");
    thread.setDaemon(true);
    worker = thread;
    thread.start();
  }

  @Override
  public void stop() throws InterruptedException {
    Thread thread = worker;
    worker = null;
    if (thread != null) {
      thread.interrupt();
      thread.join(TimeUnit.SECONDS.toMillis(5));
    }
    Long pollId;
    while ((pollId = order.poll()) != null) {
      invalidate(pollId);
    }
  }

  private void run() {
    while (worker == Thread.currentThread()) {
      try {
        invalidate(order.take());
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void invalidate(long pollId) {
    queued.remove(pollId);
    try {
      results.invalidate(pollId);
    } catch (RuntimeException e) {
      LOG.warn("Invalidating the results of poll {} failed: {}", pollId, e.toString());
    }
    live.markDirty(pollId);
  }
}
