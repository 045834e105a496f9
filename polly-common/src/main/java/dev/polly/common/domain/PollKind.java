package dev.polly.common.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * How members answer a poll: {@link #CHOICE} (pick up to {@code max_choices} options with buttons)
 * or {@link #RANKED} (order the options; counted by instant runoff). Stored in {@code polls.kind}
 * and shown in the API as the lower-case name.
 */
public enum PollKind {
  CHOICE,
  RANKED;

  /** The lower-case value stored in {@code polls.kind} and used in the API and commands. */
  public String dbValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a stored value such as {@code "ranked"}; throws on anything else. */
  public static PollKind fromDb(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  /** Parses what a user typed ({@code choice} or {@code ranked}, any case); empty otherwise. */
  public static Optional<PollKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (PollKind kind : values()) {
      if (kind.dbValue().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
