package dev.polly.common.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What may change on an open poll ({@link PollRules#checkEdit}): title, question, close time and
 * reminder always; options only while nobody has voted. {@code options} is null when they stay as
 * they are; {@code remindBefore} is null for no reminder.
 */
public record PollEdit(
    String title,
    String question,
    Instant closesAt,
    List<PollOption> options,
    Duration remindBefore) {

  public PollEdit {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(closesAt, "closesAt");
    options = options == null ? null : List.copyOf(options);
  }

  /**
   * An edit of {@code current} to these values, where {@code options} equal to the current ones
   * (labels and emojis, in order) count as unchanged, so resubmitting a poll's own options is
   * allowed after votes.
   */
  public static PollEdit of(
      Poll current,
      String title,
      String question,
      Instant closesAt,
      List<PollOption> options,
      Duration remindBefore) {
    boolean same = options == null || sameOptions(current.options(), options);
    return new PollEdit(title, question, closesAt, same ? null : options, remindBefore);
  }

  /** True when this edit replaces the options. */
  public boolean changesOptions() {
    return options != null;
  }

  /** The reminder in whole seconds, as stored; null without one. */
  public Integer remindBeforeSeconds() {
    return remindBefore == null ? null : (int) remindBefore.toSeconds();
  }

  private static boolean sameOptions(List<PollOption> current, List<PollOption> requested) {
    if (current.size() != requested.size()) {
      return false;
    }
    for (int i = 0; i < current.size(); i++) {
      PollOption a = current.get(i);
      PollOption b = requested.get(i);
      if (!a.label().equals(b.label()) || !Objects.equals(a.emoji(), b.emoji())) {
        return false;
      }
    }
    return true;
  }
}
