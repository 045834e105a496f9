package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollFacts;
import dev.polly.common.domain.PollResults;
import java.util.List;

/**
 * Results of a poll as anyone sees them, the creator included: while {@code hidden} (a hide-results
 * poll that is not closed) every count is null. Never contains voter identities.
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
    List<Integer> winners) {

  /** Applies the poll's visibility rules to its computed results. */
  public static ResultsView of(Poll poll, PollResults results) {
    return of(PollFacts.of(poll), results);
  }

  /** Applies the visibility rules of a poll with these facts to its computed results. */
  public static ResultsView of(PollFacts poll, PollResults results) {
    boolean hidden = poll.resultsHidden();
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
        hidden ? List.of() : results.winners());
  }
}
