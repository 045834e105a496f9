package dev.polly.api.core;

import dev.polly.api.api.PollRequest;
import dev.polly.api.errors.ConflictException;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollRules;
import dev.polly.common.domain.Session;
import dev.polly.common.events.EventBus;
import dev.polly.common.events.PollChanged;
import dev.polly.common.persistence.PollDao;
import dev.polly.common.store.PollResultsStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Closing, reopening and duplicating polls. Close and reopen are compare-and-set transitions in
 * PostgreSQL (409 when the poll is not in the right state), invalidate the poll's cached results
 * and publish an event for the bot.
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
   * Reopens a closed poll until {@code closesAt} (ISO-8601; a local time is in the poll's zone) or
   * for {@code durationMinutes} from now; 422 for a bad time, 409 {@code not_closed}.
   */
  public Poll reopen(Session session, long id, String closesAt, Integer durationMinutes) {
    Poll poll = pollService.findToManage(session, id);
    Errors errors = new Errors();
    Instant now = clock.instant();
    Instant closes =
        PollValidator.closeTime(errors, now, closesAt, durationMinutes, poll.timezone());
    if (closes != null) {
      errors.addAll(PollRules.checkReopen(closes, now));
    }
    errors.throwIfAny();
    if (!polls.reopen(id, closes)) {
      throw new ConflictException("not_closed", "Only closed polls can be reopened");
    }
    return changed(poll, PollChanged.Kind.REOPENED);
  }

  /**
   * A scheduled copy of the poll with the given times, each may be null: by default opening in one
   * hour, lasting as long as the original.
   */
  public Poll duplicate(
      Session session, long id, String opensAt, String closesAt, Integer durationMinutes) {
    Poll p = pollService.findToManage(session, id);
    String opens = opensAt != null ? opensAt : clock.instant().plus(Duration.ofHours(1)).toString();
    Integer minutes = durationMinutes;
    if (closesAt == null && minutes == null) {
      minutes = (int) Math.max(1, Duration.between(p.opensAt(), p.closesAt()).toMinutes());
    }
    PollRequest copy = PollRequests.of(p, opens, closesAt, minutes);
    return pollService.createPoll(session, copy, true);
  }

  private Poll changed(Poll poll, PollChanged.Kind kind) {
    results.invalidate(poll.id());
    events.publish(new PollChanged(poll.id(), poll.guildId(), kind));
    return polls.find(poll.id()).orElse(poll);
  }
}
