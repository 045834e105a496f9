package dev.polly.common.domain.ranked;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One member's ranking of a ranked-choice poll: option positions, most preferred first. A ballot
 * may rank only some options (a partial ranking); it never names an option twice. It carries no
 * voter identity, so tallies and exports built from it stay anonymous.
 */
public record RankedBallot(List<Integer> ranking) {

  public RankedBallot {
    Objects.requireNonNull(ranking, "ranking");
    ranking = List.copyOf(ranking);
    Set<Integer> seen = new HashSet<>();
    for (Integer position : ranking) {
      if (position < 0 || !seen.add(position)) {
        throw new IllegalArgumentException("ranking must name distinct positions >= 0: " + ranking);
      }
    }
  }

  /** Shorthand for tests and parsers: {@code RankedBallot.of(2, 0, 1)}. */
  public static RankedBallot of(Integer... positions) {
    return new RankedBallot(List.of(positions));
  }
}
