package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollFacts;
import dev.polly.common.domain.PollKind;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.ranked.RunoffOutcome;
import java.util.List;

/**
 * Results of a poll as anyone sees them, the creator included: while {@code hidden} (a hide-results
 * poll that is not closed) every count is null. Never contains voter identities.
 *
 * <p>A ranked poll ({@code kind} {@code ranked}) also carries its instant runoff: {@code rounds}
 * (every round's counts, exhaustions and elimination), {@code ballots} (how many were cast), {@code
 * exhausted} (ballots left out of the final round) and {@code tie}; its option counts are the final
 * round's, and {@code total_votes} and {@code total_voters} both count ballots. These fields are
 * null for a choice poll and while hidden.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ResultsView(
    String pollId,
    String status,
    boolean anonymous,
    boolean hidden,
    List<OptionResultView> options,
    Long totalVotes,
    Long totalVoters,
    List<Integer> winners,
    String kind,
    List<RoundView> rounds,
    Long ballots,
    Long exhausted,
    Boolean tie) {

  /** Applies the poll's visibility rules to its computed results. */
  public static ResultsView of(Poll poll, PollResults results) {
    return of(PollFacts.of(poll), results);
  }

  /**
   * Applies the visibility rules of a poll with these facts to its computed results; the kind is
   * the results' own (a ranked poll's results carry its runoff).
   */
  public static ResultsView of(PollFacts poll, PollResults results) {
    boolean hidden = poll.resultsHidden();
    RunoffOutcome runoff = hidden ? null : results.runoff();
    PollKind kind = results.runoff() == null ? PollKind.CHOICE : PollKind.RANKED;
    List<OptionResultView> options =
        results.options().stream()
            .map(
                o ->
                    new OptionResultView(
                        o.position(),
                        o.label(),
                        o.emoji(),
                        hidden ? null : o.votes(),
                        hidden ? null : o.percent()))
            .toList();
    return new ResultsView(
        Long.toString(poll.id()),
        poll.status().dbValue(),
        poll.anonymous(),
        hidden,
        options,
        hidden ? null : results.totalVotes(),
        hidden ? null : results.totalVoters(),
        hidden ? List.of() : results.winners(),
        kind.dbValue(),
        runoff == null ? null : runoff.rounds().stream().map(RoundView::of).toList(),
        runoff == null ? null : runoff.ballots(),
        runoff == null || runoff.finalRound() == null ? null : runoff.finalRound().exhausted(),
        runoff == null ? null : runoff.tie());
  }
}
