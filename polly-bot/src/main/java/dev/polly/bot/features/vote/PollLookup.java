package dev.polly.bot.features.vote;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.polly.common.domain.Poll;
import dev.polly.common.persistence.PollDao;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A short-lived (seconds) in-process copy of the polls being voted on, as a Caffeine cache of at
 * most {@value #MAX_ENTRIES} polls that expire {@code ttl} after they were read, so a burst of
 * clicks does not re-read the same poll for every click. A missing poll is remembered too. Only
 * used for what a click needs before the vote (guild, allowed role, labels); whether the poll is
 * open is decided again by {@code VoteDao.toggle} inside its transaction, so a stale copy can never
 * let a vote through.
 */
public final class PollLookup {
  static final int MAX_ENTRIES = 10_000;

  private final PollDao polls;
  private final Cache<Long, Optional<Poll>> copies;

  /** Expiry is measured on {@code clock}. */
  public PollLookup(PollDao polls, Clock clock, Duration ttl) {
    this.polls = polls;
    this.copies =
        Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES)
            .expireAfterWrite(ttl)
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            .build();
  }

  /** The poll, from the copy when it is fresh, else from PostgreSQL. */
  public Optional<Poll> find(long pollId) {
    return copies.get(pollId, polls::find);
  }

  /** Drops the copy of one poll (after a status change seen in this process). */
  public void forget(long pollId) {
    copies.invalidate(pollId);
  }
}
