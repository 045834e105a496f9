package dev.polly.common.domain;

import dev.polly.common.domain.ranked.RunoffOutcome;
import dev.polly.common.domain.ranked.RunoffRound;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Aggregated results of a poll: per-option counts and percentages, the total number of votes and of
 * distinct voters, and the winning positions (several on a tie, none without votes). Contains no
 * voter identities, so it is safe to cache and to show for anonymous polls.
 *
 * <p>For a ranked poll ({@link #ranked}), {@code runoff} holds every instant-runoff round; the
 * option counts are those of the final round (0 for options eliminated earlier), percentages are of
 * the ballots still counted in that round, both totals are the number of ballots, and the winners
 * are the runoff's. {@code runoff} is null for a choice poll.
 */
public record PollResults(
    long pollId,
    List<OptionResult> options,
    long totalVotes,
    long totalVoters,
    List<Integer> winners,
    RunoffOutcome runoff) {

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
    return new PollResults(poll.id(), results, total, voters, winners, null);
  }

  /** Results of a ranked poll from its instant-runoff count (see the class comment). */
  public static PollResults ranked(Poll poll, RunoffOutcome runoff) {
    Objects.requireNonNull(runoff, "runoff");
    RunoffRound last = runoff.finalRound();
    Map<Integer, Long> counts = last == null ? Map.of() : last.counts();
    long active = last == null ? 0 : last.active();
    List<OptionResult> results = new ArrayList<>(poll.options().size());
    for (PollOption option : poll.options()) {
      long votes = counts.getOrDefault(option.position(), 0L);
      double percent = active == 0 ? 0.0 : Math.round(votes * 1000.0 / active) / 10.0;
      results.add(
          new OptionResult(option.position(), option.label(), option.emoji(), votes, percent));
    }
    return new PollResults(
        poll.id(), results, runoff.ballots(), runoff.ballots(), runoff.winners(), runoff);
  }

  /** True when more than one option shares the highest count. */
  public boolean tie() {
    return winners.size() > 1;
  }
}
