package dev.polly.common.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored poll with its options, as read from PostgreSQL. Nullable fields: {@code messageId}
 * (until posted), {@code allowedRoleId}, {@code pingRoleId}, {@code imageUrl}, {@code closedAt}.
 * {@code version} drives optimistic locking of edits. {@code kind} says how members answer (a
 * ranked poll takes ballots instead of votes). {@code remindBefore} (nullable): how long before
 * {@code closesAt} a reminder is posted, if any.
 */
public record Poll(
    long id,
    long guildId,
    long channelId,
    long creatorId,
    Long messageId,
    String title,
    String question,
    boolean anonymous,
    boolean hideResults,
    int maxChoices,
    Long allowedRoleId,
    Long pingRoleId,
    boolean pingOnOpen,
    boolean pingOnClose,
    String imageUrl,
    Instant opensAt,
    Instant closesAt,
    ZoneId timezone,
    PollStatus status,
    Instant createdAt,
    Instant updatedAt,
    Instant closedAt,
    int version,
    List<PollOption> options,
    PollKind kind,
    Duration remindBefore) {

  public Poll {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(status, "status");
    options = List.copyOf(options);
    Objects.requireNonNull(kind, "kind");
  }

  /** True for a ranked-choice poll, which takes ballots instead of votes. */
  public boolean ranked() {
    return kind == PollKind.RANKED;
  }

  /** When the reminder is due ({@code closesAt - remindBefore}); empty without a reminder. */
  public Optional<Instant> remindAt() {
    return remindBefore == null ? Optional.empty() : Optional.of(closesAt.minus(remindBefore));
  }

  /** True when a member may pick only one option (a new pick replaces the old one). */
  public boolean singleChoice() {
    return maxChoices == 1;
  }

  /** Returns a copy with the given options, used when rows and options are read separately. */
  public Poll withOptions(List<PollOption> newOptions) {
    return new Poll(
        id,
        guildId,
        channelId,
        creatorId,
        messageId,
        title,
        question,
        anonymous,
        hideResults,
        maxChoices,
        allowedRoleId,
        pingRoleId,
        pingOnOpen,
        pingOnClose,
        imageUrl,
        opensAt,
        closesAt,
        timezone,
        status,
        createdAt,
        updatedAt,
        closedAt,
        version,
        newOptions,
        kind,
        remindBefore);
  }
}
