package dev.polly.common.domain.ranked;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One round of an instant-runoff count.
 *
 * @param number 1-based round number
 * @param counts ballots counted for each option still in the race, by option position (ascending)
 * @param exhausted ballots that rank no option still in the race, counted once they are exhausted
 * @param eliminated the position eliminated at the end of this round, or null when the round
 *     decided the poll (a winner, a tie, or no ballots)
 */
public record RunoffRound(
    int number, Map<Integer, Long> counts, long exhausted, Integer eliminated) {

  public RunoffRound {
    counts = Collections.unmodifiableMap(new TreeMap<>(counts));
  }

  /** Ballots counted for some option in this round (all ballots minus the exhausted ones). */
  public long active() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
