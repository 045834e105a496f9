package dev.polly.common.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Aggregated results of a poll: per-option counts and percentages, the total number of votes and of
 * distinct voters, and the winning positions (several on a tie, none without votes). Contains no
 * voter identities, so it is safe to cache and to show for anonymous polls.
 */
public record PollResults(
    long pollId,
    List<OptionResult> options,
    long totalVotes,
    long totalVoters,
    List<Integer> winners) {

  public PollResults {
    options = List.copyOf(options);
    winners = List.copyOf(winners);
  }

  /**
   * Computes results from per-position counts. Positions missing from {@code countsByPosition} have
   * zero votes; percentages are of {@code totalVotes} and rounded to one decimal.
   */
  public static PollResults compute(Poll poll, Map<Integer, Long> countsByPosition, long voters) {
    Objects.requireNonNull(poll, "poll");
    long total = 0;
    long best = 0;
    for (PollOption option : poll.options()) {
      long votes = countsByPosition.getOrDefault(option.position(), 0L);
      total += votes;
      best = Math.max(best, votes);
    }
    List<OptionResult> results = new ArrayList<>(poll.options().size());
    List<Integer> winners = new ArrayList<>();
    for (PollOption option : poll.options()) {
      long votes = countsByPosition.getOrDefault(option.position(), 0L);
      double percent = total == 0 ? 0.0 : Math.round(votes * 1000.0 / total) / 10.0;
      results.add(
          new OptionResult(option.position(), option.label(), option.emoji(), votes, percent));
      if (best > 0 && votes == best) {
        winners.add(option.position());
      }
    }
    return new PollResults(poll.id(), results, total, voters, winners);
  }

  /** True when more than one option shares the highest count. */
  public boolean tie() {
    return winners.size() > 1;
  }
}
