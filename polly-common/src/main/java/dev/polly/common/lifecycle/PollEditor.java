package dev.polly.common.lifecycle;

import dev.polly.common.domain.FieldError;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollEdit;
import dev.polly.common.domain.PollRules;
import dev.polly.common.domain.PollStatus;
import dev.polly.common.events.EventBus;
import dev.polly.common.events.PollChanged;
import dev.polly.common.persistence.PollDao;
import dev.polly.common.store.PollResultsStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Edits an open poll for the API and the bot alike: checks the edit against {@link
 * PollRules#checkEdit}, stores it with {@link PollDao#updateActive} (options only while nobody has
 * voted), drops the cached results and chart, and publishes {@link PollChanged.Kind#UPDATED}, on
 * which every bot worker refreshes the poll's Discord message. Who may edit is the caller's check.
 */
public final class PollEditor {
  /** How an edit ended: {@link Edited}, {@link Refused} or {@link Conflict}. */
  public sealed interface Outcome {}

  /** Stored; {@code poll} is the poll as it is now. */
  public record Edited(Poll poll) implements Outcome {}

  /** Broken rules, one per field, as {@link PollRules} words them. */
  public record Refused(List<FieldError> errors) implements Outcome {}

  /**
   * The poll's state forbids the edit: {@code not_found}, {@code not_active}, {@code stale_version}
   * or {@code has_votes}; {@code message} is a sentence for the user.
   */
  public record Conflict(String code, String message) implements Outcome {}

  private final PollDao polls;
  private final PollResultsStore results;
  private final EventBus events;
  private final Clock clock;

  public PollEditor(PollDao polls, PollResultsStore results, EventBus events, Clock clock) {
    this.polls = polls;
    this.results = results;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Applies {@code edit} to the active poll {@code current} if its version is still {@code
   * expectedVersion} (null: whatever it is now).
   */
  public Outcome edit(Poll current, PollEdit edit, Integer expectedVersion) {
    if (current.status() != PollStatus.ACTIVE) {
      return notActive(current);
    }
    List<FieldError> broken = PollRules.checkEdit(current, edit, clock.instant());
    if (!broken.isEmpty()) {
      return new Refused(broken);
    }
    return switch (polls.updateActive(current.id(), expectedVersion, edit)) {
      case EDITED -> edited(current);
      case HAS_VOTES ->
          new Conflict(
              "has_votes",
              "Options can change only until the first vote, and this poll has votes.");
      case STALE -> stale(current.id());
    };
  }

  private Outcome edited(Poll before) {
    results.invalidate(before.id());
    events.publish(new PollChanged(before.id(), before.guildId(), PollChanged.Kind.UPDATED));
    Optional<Poll> now = polls.find(before.id());
    return now.<Outcome>map(Edited::new).orElseGet(() -> gone());
  }

  private Outcome stale(long id) {
    Optional<Poll> now = polls.find(id);
    if (now.isEmpty()) {
      return gone();
    }
    if (now.get().status() != PollStatus.ACTIVE) {
      return notActive(now.get());
    }
    return new Conflict(
        "stale_version",
        "The poll changed since you read it (version " + now.get().version() + ").");
  }

  private static Conflict notActive(Poll poll) {
    return new Conflict(
        "not_active", "Only open polls can be edited this way; this one is " + word(poll) + ".");
  }

  private static Conflict gone() {
    return new Conflict("not_found", "No such poll.");
  }

  private static String word(Poll poll) {
    return poll.status().dbValue();
  }
}
