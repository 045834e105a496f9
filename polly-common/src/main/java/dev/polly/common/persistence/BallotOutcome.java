package dev.polly.common.persistence;

/** What {@link BallotDao#submit} did with a ranking. */
public enum BallotOutcome {
  /** The ballot was stored, replacing the member's earlier one. */
  STORED,
  /** The poll does not exist. */
  UNKNOWN_POLL,
  /** The poll is a choice poll, which takes votes instead. */
  NOT_RANKED,
  /** The poll is scheduled or closed. */
  NOT_ACTIVE,
  /** The ranking names a position that is not an option of the poll. */
  UNKNOWN_OPTION
}
