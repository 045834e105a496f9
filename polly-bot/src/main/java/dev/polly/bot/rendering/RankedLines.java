package dev.polly.bot.rendering;

import dev.polly.common.domain.OptionResult;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.ranked.RunoffOutcome;
import dev.polly.common.domain.ranked.RunoffRound;
import java.util.List;

/**
 * The lines of a ranked poll's message that differ from a choice poll's: the number of ballots with
 * the current leader (unless results are hidden), how to vote, and the outcome of the instant
 * runoff once closed. Bars show the final round's counts (see {@code PollResults.ranked}).
 */
final class RankedLines {
  static final String HOW_TO =
      "Rank the options you like with the button, your favourite first; the count is an instant"
          + " runoff";

  private RankedLines() {}

  /** {@code 5 ballots · leading: **Pizza**}, or the number of ballots alone while hidden. */
  static String total(PollResults results, boolean hidden) {
    String ballots = plural(results.totalVoters(), "ballot");
    if (hidden) {
      return ballots + " · results are hidden until the poll closes";
    }
    if (results.winners().isEmpty()) {
      return ballots;
    }
    String names = names(results);
    return ballots + " · " + (results.tie() ? "tied: " : "leading: ") + names;
  }

  /** The winner or tie of a closed poll, with the number of rounds it took. */
  static String outcome(PollResults results) {
    RunoffOutcome runoff = results.runoff();
    if (results.winners().isEmpty() || runoff == null) {
      return "No ballots were cast.";
    }
    RunoffRound last = runoff.finalRound();
    String rounds = " after " + plural(runoff.rounds().size(), "round");
    if (results.tie()) {
      return "Tie between " + names(results) + rounds;
    }
    long votes = last.counts().getOrDefault(results.winners().get(0), 0L);
    return "Winner: "
        + names(results)
        + rounds
        + ", with "
        + votes
        + " of "
        + plural(last.active(), "ballot")
        + " in the final round";
  }

  private static String names(PollResults results) {
    List<String> names =
        results.options().stream()
            .filter(o -> results.winners().contains(o.position()))
            .map(OptionResult::label)
            .map(label -> "**" + label + "**")
            .toList();
    return String.join(", ", names);
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
