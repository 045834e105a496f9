package dev.polly.common.domain;

import java.util.Objects;

/**
 * One answer of a poll. {@code position} is 0-based and stable for the poll's life; {@code emoji}
 * is optional (null when absent).
 */
public record PollOption(int position, String label, String emoji) {
  public PollOption {
    Objects.requireNonNull(label, "label");
    if (position < 0) {
      throw new IllegalArgumentException("position must be >= 0");
    }
  }
}
