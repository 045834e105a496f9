package dev.polly.common.domain.ranked;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One member's stored ballot of a ranked poll, with the member's id: for exports of polls that may
 * name their voters only. {@link #anonymous()} is what every other reader gets.
 */
public record StoredBallot(long userId, List<Integer> ranking, Instant updatedAt) {

  public StoredBallot {
    ranking = List.copyOf(ranking);
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** The ranking alone, without the member. */
  public RankedBallot anonymous() {
    return new RankedBallot(ranking);
  }
}
