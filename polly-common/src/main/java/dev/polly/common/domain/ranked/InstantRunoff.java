package dev.polly.common.domain.ranked;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts ranked ballots by instant runoff. Plain Java, no I/O: the same count runs in the API, the
 * bot and the tests.
 *
 * <p>Rules, applied round by round to the options still in the race ("continuing"):
 *
 * <ol>
 *   <li>Each ballot counts for its highest-ranked continuing option. A ballot that ranks no
 *       continuing option is <em>exhausted</em> and counts for nobody from then on. Positions that
 *       are not options of the poll are ignored.
 *   <li>If no ballot counts for anyone, the count stops without a winner.
 *   <li>If one option holds more than half of the counted (non-exhausted) ballots, it wins.
 *   <li>If every continuing option holds the same number of ballots, they tie and all win.
 *   <li>Otherwise the option with the fewest ballots is eliminated and the next round starts.
 * </ol>
 *
 * <p>Ties for the fewest ballots are broken deterministically, never at random: look back at the
 * previous rounds, most recent first, and keep only the tied options that had the fewest ballots in
 * that round; if several options are still tied after round 1, eliminate the one with the highest
 * position (the option listed last). One option is eliminated per round, so a poll with {@code n}
 * options takes at most {@code n} rounds.
 */
public final class InstantRunoff {

  private InstantRunoff() {}

  /**
   * Counts {@code ballots} over the options at {@code positions}.
   *
   * @param positions the poll's option positions (order irrelevant, duplicates ignored)
   * @param ballots the stored ballots
   * @return the rounds and the winners; round 1 always exists when there is at least one option
   */
  public static RunoffOutcome tally(List<Integer> positions, List<RankedBallot> ballots) {
    Objects.requireNonNull(positions, "positions");
    Objects.requireNonNull(ballots, "ballots");
    Set<Integer> continuing = new TreeSet<>(positions);
    List<RunoffRound> rounds = new ArrayList<>();
    while (!continuing.isEmpty()) {
      Map<Integer, Long> counts = count(continuing, ballots);
      long active = counts.values().stream().mapToLong(Long::longValue).sum();
      long exhausted = ballots.size() - active;
      int number = rounds.size() + 1;
      List<Integer> winners = decide(counts, active);
      if (winners != null) {
        rounds.add(new RunoffRound(number, counts, exhausted, null));
        return new RunoffOutcome(rounds, ballots.size(), winners);
      }
      int loser = loser(counts, rounds);
      rounds.add(new RunoffRound(number, counts, exhausted, loser));
      continuing.remove(loser);
    }
    return new RunoffOutcome(rounds, ballots.size(), List.of());
  }

  private static Map<Integer, Long> count(Set<Integer> continuing, List<RankedBallot> ballots) {
    Map<Integer, Long> counts = new TreeMap<>();
    continuing.forEach(p -> counts.put(p, 0L));
    for (RankedBallot ballot : ballots) {
      for (Integer position : ballot.ranking()) {
        if (continuing.contains(position)) {
          counts.merge(position, 1L, Long::sum);
          break;
        }
      }
    }
    return counts;
  }

  /** The winners when this round decides the count, or null when someone must be eliminated. */
  private static List<Integer> decide(Map<Integer, Long> counts, long active) {
    if (active == 0) {
      return List.of();
    }
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      if (e.getValue() * 2 > active) {
        return List.of(e.getKey());
      }
    }
    if (new HashSet<>(counts.values()).size() == 1) {
      return List.copyOf(counts.keySet());
    }
    return null;
  }

  private static int loser(Map<Integer, Long> counts, List<RunoffRound> previous) {
    Set<Integer> tied = fewest(counts, counts.keySet());
    for (int i = previous.size() - 1; i >= 0 && tied.size() > 1; i--) {
      tied = fewest(previous.get(i).counts(), tied);
    }
    return tied.stream().mapToInt(Integer::intValue).max().orElseThrow();
  }

  /** The members of {@code among} with the fewest ballots in {@code counts}. */
  private static Set<Integer> fewest(Map<Integer, Long> counts, Set<Integer> among) {
    Map<Integer, Long> candidates = new HashMap<>();
    among.forEach(p -> candidates.put(p, counts.getOrDefault(p, 0L)));
    long min = candidates.values().stream().mapToLong(Long::longValue).min().orElse(0);
    Set<Integer> result = new LinkedHashSet<>();
    candidates.forEach(
        (p, c) -> {
          if (c == min) {
            result.add(p);
          }
        });
    return result;
  }
}
