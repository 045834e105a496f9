package dev.polly.common.chart;

import dev.polly.common.domain.OptionResult;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.ranked.RunoffOutcome;
import dev.polly.common.domain.ranked.RunoffRound;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a results chart shows: a title, a caption under it, and one bar per option in poll order.
 * Built from a choice poll's results or from the final round of a ranked poll's count. Contains
 * counts only, never voter identities.
 */
public record ChartData(String title, String caption, List<ChartBar> bars) {

  public ChartData {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(caption, "caption");
    bars = List.copyOf(bars);
  }

  /**
   * The chart of a poll's results: {@link #ofRunoff} for a ranked poll (its results carry the
   * runoff), {@link #ofResults} for a choice poll.
   */
  public static ChartData of(String title, PollResults results) {
    return results.runoff() == null
        ? ofResults(title, results)
        : ofRunoff(title, results.options(), results.runoff());
  }

  /** Bars of a choice poll: each option's vote count. */
  public static ChartData ofResults(String title, PollResults results) {
    List<ChartBar> bars =
        results.options().stream().map(o -> new ChartBar(label(o), o.votes())).toList();
    String caption = results.totalVoters() + " voter" + (results.totalVoters() == 1 ? "" : "s");
    return new ChartData(title, caption, bars);
  }

  /**
   * Bars of a ranked poll: the final round's count for each option of {@code options} (0 for the
   * options eliminated earlier, which are still shown so the chart keeps the poll's order).
   */
  public static ChartData ofRunoff(
      String title, List<OptionResult> options, RunoffOutcome outcome) {
    RunoffRound last = outcome.finalRound();
    Map<Integer, Long> counts = last == null ? Map.of() : last.counts();
    List<ChartBar> bars =
        options.stream()
            .map(o -> new ChartBar(label(o), counts.getOrDefault(o.position(), 0L)))
            .toList();
    int rounds = outcome.rounds().size();
    String caption =
        outcome.ballots()
            + " ballot"
            + (outcome.ballots() == 1 ? "" : "s")
            + ", final round "
            + rounds
            + (last == null || last.exhausted() == 0 ? "" : ", " + last.exhausted() + " exhausted");
    return new ChartData(title, caption, bars);
  }

  /** The option's label without its emoji: chart fonts cannot draw Discord's emojis. */
  private static String label(OptionResult option) {
    return option.label();
  }
}
