package dev.polly.common.domain;

/**
 * The outcome of storing a new poll under a {@link CreationKey}: the poll, and whether an earlier
 * attempt with the same key had stored it already ({@code replayed}), in which case nothing new was
 * written. {@code sameRequest} is false when that earlier attempt sent a different request.
 */
public record PollCreation(Poll poll, boolean replayed, boolean sameRequest) {
  /** A poll this attempt stored. */
  public static PollCreation stored(Poll poll) {
    return new PollCreation(poll, false, true);
  }
}
