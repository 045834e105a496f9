package dev.polly.bot.features.poll;

import dev.polly.bot.rendering.PollRenderer;
import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.Poll;
import dev.polly.common.events.EventBus;
import dev.polly.common.events.PollChanged;
import dev.polly.common.persistence.PollDao;
import dev.polly.common.store.PollResultsStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Poll status transitions and what follows them. Each transition is a compare-and-set in
 * PostgreSQL, and so is each announcement: posting a poll's message and announcing its close are
 * claimed ({@code posted_at}, {@code close_announced_at}) by one caller at a time, whichever
 * process made the transition, so two workers never both announce and polls the API opened or
 * closed are announced too. A claim is confirmed by the message id it produced; one left
 * unconfirmed for the claim lease (the worker died, or Discord kept failing past JDA's retries) is
 * taken again by the scheduler's sweep. Each message carries a nonce derived from the poll and the
 * kind of message, with {@code enforce_nonce}, so a retry after a lost response returns the first
 * message instead of posting another: at least once, never twice. Reminders before the close
 * ({@code reminded_at}, confirmed by {@code reminder_message_id}) follow the same rule. Used by the
 * commands and by the scheduler.
 */
public final class PollLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(PollLifecycle.class);
  private final PollDao polls;
  private final PollResultsStore results;
  private final PollMessenger messenger;
  private final EventBus events;
  private final Clock clock;
  private final long leaseSeconds;

  public PollLifecycle(
      PollDao polls,
      PollResultsStore results,
      PollMessenger messenger,
      EventBus events,
      Clock clock,
      Duration claimLease) {
    this.polls = polls;
    this.results = results;
    this.messenger = messenger;
    this.events = events;
    this.clock = clock;
    this.leaseSeconds = Math.max(1, claimLease.toSeconds());
  }

  /** Stores a poll that opens later; the scheduler opens it when due. */
  public Poll schedule(NewPoll draft) {
    Poll poll = polls.create(draft, false);
    events.publish(new PollChanged(poll.id(), poll.guildId(), PollChanged.Kind.CREATED));
    return poll;
  }

  /** Stores an active poll; the caller then runs {@link #postOpened} (after replying). */
  public Poll storeActive(NewPoll draft) {
    Poll poll = polls.create(draft, true);
    events.publish(new PollChanged(poll.id(), poll.guildId(), PollChanged.Kind.CREATED));
    return poll;
  }

  /** Posts an active poll's message and pings its role. */
  public void postOpened(Poll poll) {
    announceOpen(poll);
  }

  /** {@code scheduled → active}; the winner posts the message and pings. False if lost. */
  public boolean open(long pollId) {
    if (!polls.markActive(pollId)) {
      return false;
    }
    polls.find(pollId).ifPresent(this::announceOpen);
    return true;
  }

  /** {@code active → closed} only (the caller then runs {@link #finishClose}). */
  public boolean tryClose(long pollId) {
    if (!polls.markClosed(pollId, clock.instant())) {
      return false;
    }
    results.invalidate(pollId);
    return true;
  }

  /** Closes and, if this call won, shows final results and announces. */
  public boolean close(long pollId) {
    if (!tryClose(pollId)) {
      return false;
    }
    finishClose(pollId);
    return true;
  }

  /**
   * After a close (won here or made by the API): if this call claims the announcement, final
   * results with components disabled, then the announcement with the results chart attached.
   * Returns whether it announced.
   */
  public boolean finishClose(long pollId) {
    if (!polls.claimCloseAnnouncement(pollId, leaseSeconds)) {
      return false;
    }
    Optional<Poll> found = polls.find(pollId);
    if (found.isEmpty()) {
      return false;
    }
    Poll poll = found.get();
    awaitEdit(poll.id());
    String text =
        "📊 Poll #" + poll.id() + " **" + poll.title() + "** is closed. " + messenger.outcome(poll);
    long announcement =
        messenger.announceWithChart(
            poll, text.trim(), poll.pingOnClose() ? poll.pingRoleId() : null);
    polls.setCloseAnnouncementId(poll.id(), announcement);
    events.publish(new PollChanged(poll.id(), poll.guildId(), PollChanged.Kind.CLOSED));
    return true;
  }

  /** Posts an active poll nobody has posted yet (e.g. one the API stored as active). */
  public boolean postUnposted(long pollId) {
    return polls.find(pollId).map(this::announceOpen).orElse(false);
  }

  /**
   * Posts the reminder of an active poll whose reminder is due, if this call claims it (once per
   * close time, whichever worker); returns whether it posted. The role pinged at the close, if any,
   * is pinged.
   */
  public boolean remind(long pollId) {
    if (!polls.claimReminder(pollId, clock.instant(), leaseSeconds)) {
      return false;
    }
    Optional<Poll> found = polls.find(pollId);
    if (found.isEmpty()) {
      return false;
    }
    Poll poll = found.get();
    String text =
        "⏰ Poll #"
            + poll.id()
            + " **"
            + poll.title()
            + "** closes "
            + PollRenderer.timestamp(poll.closesAt())
            + ". Vote while you can!";
    long message =
        messenger.announceOnce(
            poll, text, poll.pingOnClose() ? poll.pingRoleId() : null, Nonces.reminder(poll));
    polls.setReminderId(poll.id(), message);
    return true;
  }

  /** {@code closed → active} with a new close time; the winner re-enables the message. */
  public boolean reopen(long pollId, Instant newClosesAt) {
    if (!polls.reopen(pollId, newClosesAt)) {
      return false;
    }
    results.invalidate(pollId);
    polls
        .find(pollId)
        .ifPresent(
            poll -> {
              awaitEdit(pollId);
              events.publish(new PollChanged(poll.id(), poll.guildId(), PollChanged.Kind.REOPENED));
            });
    return true;
  }

  private void awaitEdit(long pollId) {
    try {
      messenger.refresh(pollId).join();
    } catch (CompletionException | CancellationException e) {
      LOG.warn("Editing the message of poll {} failed: {}", pollId, String.valueOf(e.getCause()));
    }
  }

  /** Posts the message and pings, if this call claims the posting; returns whether it did. */
  private boolean announceOpen(Poll poll) {
    if (!polls.claimPost(poll.id(), leaseSeconds)) {
      return false;
    }
    messenger.post(poll);
    if (poll.pingOnOpen() && poll.pingRoleId() != null) {
      messenger.announce(
          poll, "🗳️ A new poll is open: **" + poll.title() + "**", poll.pingRoleId());
    }
    return true;
  }
}
