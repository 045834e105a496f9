package dev.polly.common.persistence;

import java.util.List;

/** What a click did, and the voter's choices afterwards (ascending positions). */
public record VoteOutcome(Result result, List<Integer> choices) {
  public VoteOutcome {
    choices = List.copyOf(choices);
  }

  /** The effect of one click. */
  public enum Result {
    ADDED,
    REMOVED,
    SWITCHED,
    REJECTED_MAX_CHOICES,
    REJECTED_NOT_ACTIVE,
    REJECTED_UNKNOWN_OPTION,
    REJECTED_UNKNOWN_POLL;

    public boolean changed() {
      return this == ADDED || this == REMOVED || this == SWITCHED;
    }
  }
}
