package dev.polly.common.domain;

import java.util.Locale;

/**
 * Lifecycle of a poll: {@code scheduled → active → closed}, and {@code closed → active} on reopen.
 */
public enum PollStatus {
  SCHEDULED,
  ACTIVE,
  CLOSED;

  /** The lower-case value stored in the {@code polls.status} column and used in the API. */
  public String dbValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a stored or API value such as {@code "active"}; throws on anything else. */
  public static PollStatus fromDb(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
