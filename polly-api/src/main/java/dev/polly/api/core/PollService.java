package dev.polly.api.core;

import dev.polly.api.errors.BadParameterException;
import dev.polly.api.errors.ConflictException;
import dev.polly.api.errors.ResourceNotFoundException;
import dev.polly.api.errors.ValidationFailedException;
import dev.polly.common.domain.CreationKey;
import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollCreation;
import dev.polly.common.domain.PollEdit;
import dev.polly.common.domain.PollStatus;
import dev.polly.common.domain.PollTime;
import dev.polly.common.domain.Session;
import dev.polly.common.events.EventBus;
import dev.polly.common.events.PollChanged;
import dev.polly.common.lifecycle.PollEditor;
import dev.polly.common.persistence.PollDao;
import dev.polly.common.store.PollResultsStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * Creating, listing, reading, editing and deleting polls for a dashboard user. Every change is
 * published as a {@link PollChanged} event so the bot acts on it; edits use the poll's version for
 * optimistic locking. A scheduled poll can change entirely; an open one only as {@link PollEditor}
 * allows (title, question, close time, reminder, and the options until the first vote), after which
 * every bot worker refreshes its Discord message. It takes polls as domain values; reading them
 * from the API's JSON is the {@code requests} package's job.
 */
public final class PollService {
  public static final int PAGE_SIZE_MAX = 100;

  private final PollDao polls;
  private final GuildChecks guildChecks;
  private final PreferencesService preferences;
  private final PollResultsStore results;
  private final EventBus events;
  private final Clock clock;
  private final Access access;
  private final PollEditor editor;

  public PollService(
      Access access,
      PollDao polls,
      GuildChecks guildChecks,
      PollEditor editor,
      PreferencesService preferences,
      PollResultsStore results,
      EventBus events,
      Clock clock) {
    this.polls = polls;
    this.guildChecks = guildChecks;
    this.editor = editor;
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

  /**
   * Stores a new poll, active at once unless it opens later, after checking that the session may
   * manage its guild and that its channel, roles and emojis are the guild's ({@link GuildChecks}).
   * Under a {@code key} (may be null) a repeated request stores nothing and returns the poll the
   * first one stored (replayed); the same key with a different request is a 422 naming {@code
   * Idempotency-Key}.
   */
  public PollCreation create(Session session, NewPoll poll, CreationKey key) {
    return store(session, poll, false, key);
  }

  /** As {@link #create}, for a copy or an import: 422 {@code opens_at} when it would open now. */
  public PollCreation createScheduled(Session session, NewPoll poll, CreationKey key) {
    return store(session, poll, true, key);
  }

  private PollCreation store(
      Session session, NewPoll poll, boolean scheduledOnly, CreationKey key) {
    access.requireManage(session, poll.guildId());
    boolean activeNow = !poll.opensAt().isAfter(clock.instant());
    if (scheduledOnly && activeNow) {
      throw ValidationFailedException.of("opens_at", "must be in the future");
    }
    guildChecks.require(poll);
    PollCreation creation = polls.create(poll, activeNow, key);
    Poll created = creation.poll();
    if (!creation.sameRequest()) {
      throw ValidationFailedException.of(
          "Idempotency-Key",
          "was already used for a different request (poll " + created.id() + ")");
    }
    if (!creation.replayed()) {
      events.publish(new PollChanged(created.id(), created.guildId(), PollChanged.Kind.CREATED));
    }
    return creation;
  }

  /**
   * Replaces every field of a scheduled poll at the {@code version} the client read; 409 when the
   * poll changed since, has opened or is closed. {@code current} is the poll as {@link #findToEdit}
   * returned it to the session making the change.
   */
  public Poll updateScheduled(Poll current, int version, NewPoll changes) {
    long id = current.id();
    requireScheduled(current);
    guildChecks.require(changes);
    Poll updated =
        polls.updateScheduled(id, version, changes).orElseThrow(() -> staleOrStarted(id));
    results.invalidate(id); // labels and visibility flags may have changed
    events.publish(new PollChanged(id, updated.guildId(), PollChanged.Kind.UPDATED));
    return updated;
  }

  /**
   * Edits an open poll at the {@code version} the client read, as {@link PollEditor} allows: 422
   * for broken rules, 409 when its state forbids the edit (votes on changed options, closed,
   * stale). {@code current} is the poll as {@link #findToEdit} returned it to the session making
   * the change.
   */
  public Poll editOpen(Poll current, int version, PollEdit edit) {
    if (edit.changesOptions()) {
      guildChecks.requireEmojis(current.guildId(), edit.options());
    }
    PollEditor.Outcome outcome = editor.edit(current, edit, version);
    if (outcome instanceof PollEditor.Edited edited) {
      return edited.poll();
    }
    if (outcome instanceof PollEditor.Refused refused) {
      throw ValidationFailedException.ofRules(refused.errors());
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

  /**
   * The poll if the session may change it now and it is not closed: 404 for an unknown or foreign
   * poll, 409 {@code poll_closed} for a closed one.
   */
  public Poll findToEdit(Session session, long id) {
    Poll poll = findToManage(session, id);
    if (poll.status() == PollStatus.CLOSED) {
      throw closed(poll);
    }
    return poll;
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

  /** The zone of the session user's preferences, for times given without one; UTC by default. */
  public ZoneId defaultZone(Session session) {
    String zone = preferences.load(session.userId()).timezone();
    return PollTime.zone(zone).orElse(ZoneId.of("UTC"));
  }
}
