package dev.polly.bot.features.vote;

import dev.polly.common.domain.Poll;
import dev.polly.common.persistence.PollDao;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A short-lived (seconds) in-process copy of the polls being voted on, so a burst of clicks does
 * not re-read the same poll for every click. Only used for what a click needs before the vote
 * (guild, allowed role, labels); whether the poll is open is decided again by {@code
 * VoteDao.toggle} inside its transaction, so a stale copy can never let a vote through.
 */
public final class PollLookup {
  static final int MAX_ENTRIES = 10_000;

  private record Entry(Optional<Poll> poll, Instant expires) {}

  private final PollDao polls;
  private final Clock clock;
  private final Duration ttl;
  private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

  public PollLookup(PollDao polls, Clock clock, Duration ttl) {
    this.polls = polls;
    this.clock = clock;
    this.ttl = ttl;
  }

  public Optional<Poll> find(long pollId) {
    Instant now = clock.instant();
    Entry entry = entries.get(pollId);
    if (entry != null && entry.expires().isAfter(now)) {
      return entry.poll();
    }
    Optional<Poll> poll = polls.find(pollId);
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(pollId, new Entry(poll, now.plus(ttl)));
    return poll;
  }

  /** Drops the copy of one poll (after a status change seen in this process). */
  public void forget(long pollId) {
    entries.remove(pollId);
  }
}
