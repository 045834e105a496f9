package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.polly.common.domain.ranked.RunoffRound;
import java.util.List;

/**
 * One round of a ranked poll's instant runoff: the ballots counted for each option still in the
 * race (by position, ascending), the ballots exhausted by then (they rank no option left), and the
 * option eliminated after the round (null for the round that decided the poll).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RoundView(int round, List<Count> counts, long exhausted, Integer eliminated) {

  /** Ballots counted for the option at {@code position} in a round. */
  public record Count(int position, long votes) {}

  public static RoundView of(RunoffRound round) {
    List<Count> counts =
        round.counts().entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    return new RoundView(round.number(), counts, round.exhausted(), round.eliminated());
  }
}
