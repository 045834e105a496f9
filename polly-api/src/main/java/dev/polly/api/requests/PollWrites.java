package dev.polly.api.requests;

import dev.polly.api.api.DuplicateRequest;
import dev.polly.api.api.FieldError;
import dev.polly.api.api.PollExport;
import dev.polly.api.api.PollRequest;
import dev.polly.api.api.ReopenRequest;
import dev.polly.api.core.LifecycleService;
import dev.polly.api.core.PollService;
import dev.polly.api.errors.ValidationFailedException;
import dev.polly.common.domain.CreationKey;
import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollCreation;
import dev.polly.common.domain.PollRules;
import dev.polly.common.domain.PollStatus;
import dev.polly.common.domain.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The dashboard's poll writes (create, edit, copy, import, reopen): reads each request body into
 * domain values ({@link PollRequestReader}, {@link OpenPollEditReader}) and hands them to {@link
 * PollService} and {@link LifecycleService}, which check access and the guild and store them. A
 * time without an offset is read in the poll's zone, or for a new poll without one in the user's
 * preferred zone.
 */
public final class PollWrites {
  private final PollService polls;
  private final LifecycleService lifecycle;
  private final Clock clock;

  public PollWrites(PollService polls, LifecycleService lifecycle, Clock clock) {
    this.polls = polls;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  /**
   * A new poll, active at once unless it opens later; with a {@code key} (the {@code
   * Idempotency-Key} header, may be null) a repeated request returns the poll the first one stored.
   */
  public PollCreation create(Session session, PollRequest request, String key) {
    return polls.create(session, newPoll(session, request), creationKey(key, request.toString()));
  }

  /**
   * An edit at the request's {@code version}: a scheduled poll takes every field (leaving {@code
   * kind} out keeps the poll's kind), an open one only what {@link OpenPollEditReader} reads.
   */
  public Poll update(Session session, long id, PollRequest request) {
    Poll current = polls.findToEdit(session, id);
    if (request.version() == null) {
      throw ValidationFailedException.of("version", "is required for edits");
    }
    if (PollRequestReader.guildId(request) != current.guildId()) {
      throw ValidationFailedException.of("guild_id", "a poll cannot move to another guild");
    }
    if (current.status() == PollStatus.ACTIVE) {
      return polls.editOpen(current, request.version(), OpenPollEditReader.read(request, current));
    }
    NewPoll changes =
        PollRequestReader.read(request, current.creatorId(), clock.instant(), current.timezone());
    return polls.updateScheduled(current, request.version(), keepKind(current, request, changes));
  }

  /**
   * A scheduled copy of the poll with the given times, each may be null: by default opening in one
   * hour, lasting as long as the original.
   */
  public PollCreation duplicate(Session session, long id, DuplicateRequest times, String key) {
    Poll p = polls.findToManage(session, id);
    String opens =
        times.opensAt() != null
            ? times.opensAt()
            : clock.instant().plus(Duration.ofHours(1)).toString();
    Integer minutes = times.durationMinutes();
    if (times.closesAt() == null && minutes == null) {
      minutes = (int) Math.max(1, Duration.between(p.opensAt(), p.closesAt()).toMinutes());
    }
    PollRequest copy = PollRequest.of(p, opens, times.closesAt(), minutes);
    return polls.createScheduled(
        session, newPoll(session, copy), creationKey(key, "duplicate " + id + " " + times));
  }

  /**
   * A scheduled poll from an export document's {@code poll} section; errors name {@code poll.*}.
   */
  public PollCreation importPoll(Session session, PollExport document, String key) {
    if (document.poll() == null) {
      throw ValidationFailedException.of("poll", "is required");
    }
    if (document.format() != null && !PollExport.FORMAT.equals(document.format())) {
      throw ValidationFailedException.of("format", "must be " + PollExport.FORMAT);
    }
    if (document.poll().opensAt() == null) {
      throw ValidationFailedException.of(
          "poll.opens_at", "an imported poll needs a future open time");
    }
    try {
      return polls.createScheduled(
          session,
          newPoll(session, document.poll()),
          creationKey(key, "import " + document.poll()));
    } catch (ValidationFailedException e) {
      throw new ValidationFailedException(
          e.errors().stream().map(f -> new FieldError("poll." + f.field(), f.message())).toList());
    }
  }

  /**
   * Reopens a closed poll until {@code closes_at} (a local time is in the poll's zone) or for
   * {@code duration_minutes} from now.
   */
  public Poll reopen(Session session, long id, ReopenRequest request) {
    Poll poll = polls.findToManage(session, id);
    Errors errors = new Errors();
    Instant closes =
        PollRequestReader.closeTime(
            errors,
            clock.instant(),
            request.closesAt(),
            request.durationMinutes(),
            poll.timezone());
    errors.throwIfAny();
    return lifecycle.reopen(poll, closes);
  }

  private static CreationKey creationKey(String key, String request) {
    return key == null ? null : CreationKey.of(key, request);
  }

  private NewPoll newPoll(Session session, PollRequest request) {
    return PollRequestReader.read(
        request, session.userId(), clock.instant(), polls.defaultZone(session));
  }

  /** An edit that leaves {@code kind} out keeps the poll's kind, under that kind's rules. */
  private static NewPoll keepKind(Poll current, PollRequest request, NewPoll changes) {
    if (request.kind() != null) {
      return changes;
    }
    var broken = PollRules.checkKind(current.kind(), changes.maxChoices());
    if (!broken.isEmpty()) {
      throw ValidationFailedException.ofRules(broken);
    }
    return changes.withKind(current.kind());
  }
}
