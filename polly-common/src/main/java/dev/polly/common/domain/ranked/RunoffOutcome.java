package dev.polly.common.domain.ranked;

import java.util.List;

/**
 * The result of an instant-runoff count: every round in order, the number of ballots, and the
 * winners (one position for a winner, several for a tie, none without ballots).
 */
public record RunoffOutcome(List<RunoffRound> rounds, long ballots, List<Integer> winners) {

  public RunoffOutcome {
    rounds = List.copyOf(rounds);
    winners = List.copyOf(winners);
  }

  /** True when more than one option shares the final round. */
  public boolean tie() {
    return winners.size() > 1;
  }

  /** The last round (whose counts a chart shows), or null when no round was counted. */
  public RunoffRound finalRound() {
    return rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
  }
}
