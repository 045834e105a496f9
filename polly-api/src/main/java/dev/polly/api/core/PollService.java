package dev.polly.api.core;

import dev.polly.api.api.PollRequest;
import dev.polly.api.errors.BadParameterException;
import dev.polly.api.errors.ConflictException;
import dev.polly.api.errors.ResourceNotFoundException;
import dev.polly.api.errors.ValidationFailedException;
import dev.polly.common.domain.FieldError;
import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollRules;
import dev.polly.common.domain.PollStatus;
import dev.polly.common.domain.PollTime;
import dev.polly.common.domain.Session;
import dev.polly.common.events.EventBus;
import dev.polly.common.events.PollChanged;
import dev.polly.common.lifecycle.PollEditor;
import dev.polly.common.persistence.PollDao;
import dev.polly.common.store.PollResultsStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Creating, listing, reading, editing and deleting polls for a dashboard user. Every change is
 * published as a {@link PollChanged} event so the bot acts on it; edits use the poll's version for
 * optimistic locking. A scheduled poll can change entirely; an open one only as {@link
 * ActiveEditReader} and {@link PollEditor} allow (title, question, close time, reminder, and the
 * options until the first vote), after which every bot worker refreshes its Discord message.
 */
public final class PollService {
  public static final int PAGE_SIZE_MAX = 100;

  private final PollDao polls;
  private final PollValidator validator;
  private final PreferencesService preferences;
  private final PollResultsStore results;
  private final EventBus events;
  private final Clock clock;
  private final Access access;
  private final PollEditor editor;
  private final ActiveEditReader activeEdits;

  public PollService(
      Access access,
      PollDao polls,
      PollValidator validator,
      PollEditor editor,
      PreferencesService preferences,
      PollResultsStore results,
      EventBus events,
      Clock clock) {
    this.polls = polls;
    this.validator = validator;
    this.editor = editor;
    this.activeEdits = new ActiveEditReader(validator);
    this.preferences = preferences;
    this.results = results;
    this.events = events;
    this.clock = clock;
    this.access = access;
  }

  /**
   * One page of a guild's polls, newest first, only those in {@code status} when it is not null;
   * 400 for a page below 1 or a size outside 1 to {@link #PAGE_SIZE_MAX}.
   */
  public Listing list(Session session, long guildId, PollStatus status, int page, int size) {
    access.requireView(session, guildId);
    if (page < 1 || size < 1 || size > PAGE_SIZE_MAX) {
      throw new BadParameterException("page must be >= 1 and size between 1 and " + PAGE_SIZE_MAX);
    }
    List<Poll> items = polls.listByGuild(guildId, status, size, (page - 1) * size);
    return new Listing(items, page, size, polls.countByGuild(guildId, status));
  }

  /** A page of polls and how many polls match in all. */
  public record Listing(List<Poll> polls, int page, int size, long total) {}

  /** Validates and stores a new poll, active at once unless it opens later. */
  public Poll create(Session session, PollRequest request) {
    return createPoll(session, request, false);
  }

  /** Validates and stores a new poll; {@code scheduledOnly} rejects one that would open now. */
  Poll createPoll(Session session, PollRequest request, boolean scheduledOnly) {
    access.requireManage(session, PollValidator.guildId(request));
    Instant now = clock.instant();
    NewPoll poll = validator.validate(request, session.userId(), now, defaultZone(session));
    boolean activeNow = !poll.opensAt().isAfter(now);
    if (scheduledOnly && activeNow) {
      throw ValidationFailedException.of("opens_at", "must be in the future");
    }
    Poll created = polls.create(poll, activeNow);
    events.publish(new PollChanged(created.id(), created.guildId(), PollChanged.Kind.CREATED));
    return created;
  }

  /**
   * Edits a poll at the version the request read: a scheduled poll entirely, an open one as {@link
   * #editActive} allows; 409 when stale or closed.
   */
  public Poll update(Session session, long id, PollRequest request) {
    Poll current = findToManage(session, id);
    if (request.version() == null) {
      throw ValidationFailedException.of("version", "is required for edits");
    }
    if (PollValidator.guildId(request) != current.guildId()) {
      throw ValidationFailedException.of("guild_id", "a poll cannot move to another guild");
    }
    if (current.status() == PollStatus.ACTIVE) {
      return editActive(current, request);
    }
    requireScheduled(current);
    NewPoll changes =
        keepKind(
            current,
            request,
            validator.validate(request, current.creatorId(), clock.instant(), current.timezone()));
    Poll updated =
        polls.updateScheduled(id, request.version(), changes).orElseThrow(() -> staleOrStarted(id));
    results.invalidate(id); // labels and visibility flags may have changed
    events.publish(new PollChanged(id, updated.guildId(), PollChanged.Kind.UPDATED));
    return updated;
  }

  /** An edit that leaves {@code kind} out keeps the poll's kind, under that kind's rules. */
  private static NewPoll keepKind(Poll current, PollRequest request, NewPoll changes) {
    if (request.kind() != null) {
      return changes;
    }
    List<FieldError> broken = PollRules.checkKind(current.kind(), changes.maxChoices());
    if (!broken.isEmpty()) {
      throw ValidationFailedException.of(broken.get(0).field(), broken.get(0).message());
    }
    return changes.withKind(current.kind());
  }

  /** An open poll's edit: 422 for broken rules, 409 when its state forbids it (e.g. votes). */
  private Poll editActive(Poll current, PollRequest request) {
    PollEditor.Outcome outcome =
        editor.edit(current, activeEdits.read(request, current), request.version());
    if (outcome instanceof PollEditor.Edited edited) {
      return edited.poll();
    }
    if (outcome instanceof PollEditor.Refused refused) {
      throw new ValidationFailedException(
          refused.errors().stream()
              .map(f -> new dev.polly.api.api.FieldError(f.field(), f.message()))
              .toList());
    }
    PollEditor.Conflict conflict = (PollEditor.Conflict) outcome;
    if (conflict.code().equals("not_found")) {
      throw new ResourceNotFoundException("No such poll");
    }
    throw new ConflictException(conflict.code(), conflict.message());
  }

  public void delete(Session session, long id) {
    Poll poll = findToManage(session, id);
    if (!polls.delete(id)) {
      throw new ResourceNotFoundException("No such poll");
    }
    results.invalidate(id);
    events.publish(new PollChanged(id, poll.guildId(), PollChanged.Kind.DELETED));
  }

  /** The poll if it exists and the session may see it; 404 otherwise. */
  public Poll find(Session session, long id) {
    Poll poll = polls.find(id).orElseThrow(() -> new ResourceNotFoundException("No such poll"));
    return access.visible(session, poll);
  }

  /** The poll if it exists and the session may change or export it now; 404 otherwise. */
  public Poll findToManage(Session session, long id) {
    Poll poll = polls.find(id).orElseThrow(() -> new ResourceNotFoundException("No such poll"));
    return access.manageable(session, poll);
  }

  private ConflictException staleOrStarted(long id) {
    Poll now = polls.find(id).orElseThrow(() -> new ResourceNotFoundException("No such poll"));
    return now.status() == PollStatus.CLOSED
        ? closed(now)
        : new ConflictException(
            "stale_version", "The poll changed since you read it (version " + now.version() + ")");
  }

  private static void requireScheduled(Poll poll) {
    if (poll.status() != PollStatus.SCHEDULED) {
      throw closed(poll);
    }
  }

  private static ConflictException closed(Poll poll) {
    return new ConflictException(
        "poll_closed", "A closed poll cannot be edited; reopen it first (poll " + poll.id() + ")");
  }

  private ZoneId defaultZone(Session session) {
    String zone = preferences.load(session.userId()).timezone();
    return PollTime.zone(zone).orElse(ZoneId.of("UTC"));
  }
}
