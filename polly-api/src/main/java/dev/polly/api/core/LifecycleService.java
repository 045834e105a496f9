package dev.polly.api.core;

import dev.polly.api.errors.ConflictException;
import dev.polly.api.errors.ValidationFailedException;
import dev.polly.common.domain.FieldError;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollRules;
import dev.polly.common.domain.Session;
import dev.polly.common.events.EventBus;
import dev.polly.common.events.PollChanged;
import dev.polly.common.persistence.PollDao;
import dev.polly.common.store.PollResultsStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Closing and reopening polls. Close and reopen are compare-and-set transitions in PostgreSQL (409
 * when the poll is not in the right state), invalidate the poll's cached results and publish an
 * event for the bot.
 */
public final class LifecycleService {
  private final PollDao polls;
  private final PollService pollService;
  private final PollResultsStore results;
  private final EventBus events;
  private final Clock clock;

  public LifecycleService(
      PollDao polls,
      PollService pollService,
      PollResultsStore results,
      EventBus events,
      Clock clock) {
    this.polls = polls;
    this.pollService = pollService;
    this.results = results;
    this.events = events;
    this.clock = clock;
  }

  /** Closes an active poll the session may manage; 409 {@code not_active} otherwise. */
  public Poll close(Session session, long id) {
    Poll poll = pollService.findToManage(session, id);
    if (!polls.markClosed(id, clock.instant())) {
      throw new ConflictException("not_active", "Only active polls can be closed");
    }
    return changed(poll, PollChanged.Kind.CLOSED);
  }

  /**
   * Reopens a closed poll until {@code closesAt}: 422 {@code closes_at} unless that is at least a
   * minute and at most 32 days away, 409 {@code not_closed}. {@code poll} is the poll as {@link
   * PollService#findToManage} returned it to the session reopening it.
   */
  public Poll reopen(Poll poll, Instant closesAt) {
    long id = poll.id();
    List<FieldError> broken = PollRules.checkReopen(closesAt, clock.instant());
    if (!broken.isEmpty()) {
      throw ValidationFailedException.ofRules(broken);
    }
    if (!polls.reopen(id, closesAt)) {
      throw new ConflictException("not_closed", "Only closed polls can be reopened");
    }
    return changed(poll, PollChanged.Kind.REOPENED);
  }

  private Poll changed(Poll poll, PollChanged.Kind kind) {
    results.invalidate(poll.id());
    events.publish(new PollChanged(poll.id(), poll.guildId(), kind));
    return polls.find(poll.id()).orElse(poll);
  }
}
