package dev.polly.bot.features.scheduler;

import com.codahale.metrics.Timer;
import dev.polly.bot.features.live.LiveUpdates;
import dev.polly.bot.features.poll.PollLifecycle;
import dev.polly.bot.features.poll.delete.DeletedPollMessages;
import dev.polly.common.domain.Poll;
import dev.polly.common.events.DistributedLocks;
import dev.polly.common.events.EventBus;
import dev.polly.common.events.PollChanged;
import dev.polly.common.events.PollyEvent;
import dev.polly.common.persistence.PollDao;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens and closes due polls and posts due reminders. Sweeps PostgreSQL ({@code dueToOpen}/{@code
 * dueToClose}) once per tick, right at start (so work that fell due while the bot was down runs
 * first) and whenever a {@link PollChanged} event arrives. A sweep holds a cluster lock to save
 * duplicate work, but correctness comes from the compare-and-set transitions in {@link
 * PollLifecycle}: of two workers, exactly one posts or announces each poll. How late each
 * transition ran is timed in {@code polly.bot.scheduler.lag}.
 */
public final class PollScheduler implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(PollScheduler.class);
  static final String LOCK = "polly:scheduler:sweep";
  static final int BATCH = 100;

  private final PollDao polls;
  private final PollLifecycle lifecycle;
  private final LiveUpdates live;
  private final DeletedPollMessages deletedMessages;
  private final DistributedLocks locks;
  private final EventBus events;
  private final Timer lag;
  private final Clock clock;
  private final Duration tick;
  private final long leaseSeconds;
  private final AtomicBoolean wakeQueued = new AtomicBoolean();
  private ScheduledExecutorService worker;
  private AutoCloseable subscription;

  public PollScheduler(
      PollDao polls,
      PollLifecycle lifecycle,
      LiveUpdates live,
      DeletedPollMessages deletedMessages,
      DistributedLocks locks,
      EventBus events,
      Timer lag,
      Clock clock,
      Duration tick,
      Duration claimLease) {
    this.polls = polls;
    this.lifecycle = lifecycle;
    this.live = live;
    this.deletedMessages = deletedMessages;
    this.locks = locks;
    this.events = events;
    this.lag = lag;
    this.clock = clock;
    this.tick = tick;
    this.leaseSeconds = Math.max(1, claimLease.toSeconds());
  }

  @Override
  public void start() {
    worker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "polly-scheduler");
              thread.setDaemon(true);
              return thread;
            });
    worker.scheduleWithFixedDelay(this::tick, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    subscription = events.subscribe(this::onEvent);
  }

  @Override
  public void stop() throws Exception {
    if (subscription != null) {
      subscription.close();
    }
    if (worker != null) {
      worker.shutdown();
      worker.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private void onEvent(PollyEvent event) {
    if (event instanceof PollChanged changed) {
      if (changed.kind() != PollChanged.Kind.CREATED
          && changed.kind() != PollChanged.Kind.DELETED) {
        live.markDirty(changed.pollId());
      }
      if (wakeQueued.compareAndSet(false, true)) {
        try {
          worker.execute(this::tick);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
          wakeQueued.set(false);
        }
      }
    }
  }

  /** Runs one sweep now on the caller's thread (admin task); never throws. */
  public void sweepNow() {
    tick();
  }

  /** One sweep under the cluster lock; never throws. */
  void tick() {
    wakeQueued.set(false);
    try {
      locks.runExclusively(LOCK, tick.multipliedBy(6).plusSeconds(30), this::sweep);
    } catch (RuntimeException e) {
      LOG.error("Scheduler sweep failed: {}", e.toString());
    }
  }

  void sweep() {
    Instant now = clock.instant();
    for (Poll poll : polls.dueToOpen(now, BATCH)) {
      run(poll, poll.opensAt(), "open", () -> lifecycle.open(poll.id()));
    }
    for (Poll poll : polls.dueToClose(clock.instant(), BATCH)) {
      run(poll, poll.closesAt(), "close", () -> lifecycle.close(poll.id()));
    }
    // Transitions made elsewhere (the API creates polls that open now as active and closes polls
    // itself), and claims left unconfirmed past their lease: post and announce them, by claim.
    for (long id : polls.activeUnposted(BATCH, leaseSeconds)) {
      claimed(id, "post", () -> lifecycle.postUnposted(id));
    }
    for (long id : polls.closedUnannounced(BATCH, leaseSeconds)) {
      claimed(id, "close announcement", () -> lifecycle.finishClose(id));
    }
    // Reminders before the close: due ones, and claims left unconfirmed past their lease.
    for (long id : polls.remindersDue(clock.instant(), BATCH, leaseSeconds)) {
      claimed(id, "reminder", () -> lifecycle.remind(id));
    }
    // Deleted polls (through the API or another worker) lose their live buttons.
    deletedMessages.sweep(BATCH);
  }

  private void claimed(long pollId, String what, java.util.function.BooleanSupplier action) {
    try {
      action.getAsBoolean();
    } catch (RuntimeException e) {
      LOG.error("{} of poll {} failed: {}", what, pollId, e.toString());
    }
  }

  private void run(Poll poll, Instant due, String what, java.util.function.BooleanSupplier action) {
    try {
      if (action.getAsBoolean()) {
        long late = Math.max(0, Duration.between(due, clock.instant()).toMillis());
        lag.update(late, TimeUnit.MILLISECONDS);
      }
    } catch (RuntimeException e) {
      LOG.error(
          "Scheduled {} of poll {} (guild {}) failed: {}",
          what,
          poll.id(),
          poll.guildId(),
          e.toString());
    }
  }
}
