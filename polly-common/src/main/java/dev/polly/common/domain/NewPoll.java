package dev.polly.common.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What a manager asks for when creating (or editing) a poll: everything but the identity, status
 * and bookkeeping columns. Validation of business rules lives in {@link PollRules}; this record
 * only rejects nulls. {@code kind} says how members answer; {@code remindBefore} (nullable): post a
 * reminder that long before the close.
 */
public record NewPoll(
    long guildId,
    long channelId,
    long creatorId,
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
    List<PollOption> options,
    PollKind kind,
    Duration remindBefore) {

  public NewPoll {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
    Objects.requireNonNull(timezone, "timezone");
    options = List.copyOf(options);
    Objects.requireNonNull(kind, "kind");
  }

  /** The same request as a poll of {@code newKind}. */
  public NewPoll withKind(PollKind newKind) {
    return with(newKind, remindBefore);
  }

  /** This poll with a reminder {@code newRemindBefore} its close (null: none). */
  public NewPoll withReminder(Duration newRemindBefore) {
    return with(kind, newRemindBefore);
  }

  private NewPoll with(PollKind newKind, Duration newRemindBefore) {
    return new NewPoll(
        guildId,
        channelId,
        creatorId,
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
        options,
        newKind,
        newRemindBefore);
  }

  /** The reminder in whole seconds, as stored; null without one. */
  public Integer remindBeforeSeconds() {
    return remindBefore == null ? null : (int) remindBefore.toSeconds();
  }
}
