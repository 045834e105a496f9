package dev.polly.common.testing;

import dev.polly.common.domain.ranked.RankedBallot;
import dev.polly.common.domain.ranked.RunoffOutcome;
import dev.polly.common.domain.ranked.RunoffRound;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The textbook instant-runoff count, written for clarity rather than speed and sharing no code with
 * {@code InstantRunoff}: what every test compares the production count with, from the property test
 * to the API and bot tests of ranked polls.
 *
 * @param rounds each round's count per continuing option
 * @param eliminated the option eliminated after each round (null for the deciding round)
 * @param winners the winning positions, ascending (several on a tie, none without ballots)
 */
public record ReferenceRunoff(
    List<Map<Integer, Long>> rounds, List<Integer> eliminated, List<Integer> winners) {

  /** Counts {@code ballots} over the options at {@code positions}. */
  public static ReferenceRunoff count(List<Integer> positions, List<RankedBallot> ballots) {
    List<Map<Integer, Long>> rounds = new ArrayList<>();
    List<Integer> eliminated = new ArrayList<>();
    List<Integer> left = new ArrayList<>(positions);
    while (!left.isEmpty()) {
      Map<Integer, Long> tally = new HashMap<>();
      for (Integer p : left) {
        tally.put(p, 0L);
      }
      for (RankedBallot ballot : ballots) {
        Optional<Integer> top = ballot.ranking().stream().filter(left::contains).findFirst();
        top.ifPresent(p -> tally.put(p, tally.get(p) + 1));
      }
      rounds.add(tally);
      eliminated.add(null);
      long active = tally.values().stream().mapToLong(x -> x).sum();
      if (active == 0) {
        return new ReferenceRunoff(rounds, eliminated, List.of());
      }
      Optional<Integer> majority = left.stream().filter(p -> tally.get(p) * 2 > active).findFirst();
      if (majority.isPresent()) {
        return new ReferenceRunoff(rounds, eliminated, List.of(majority.get()));
      }
      if (left.stream().map(tally::get).distinct().count() == 1) {
        return new ReferenceRunoff(rounds, eliminated, left.stream().sorted().toList());
      }
      // Lowest by (this round, previous round, ..., round 1), then the highest position.
      Comparator<Integer> order = Comparator.comparing(p -> 0);
      for (int r = rounds.size() - 1; r >= 0; r--) {
        Map<Integer, Long> round = rounds.get(r);
        order = order.thenComparing(p -> round.getOrDefault(p, 0L));
      }
      order = order.thenComparing(Comparator.<Integer>reverseOrder());
      Integer out = left.stream().min(order).orElseThrow();
      eliminated.set(eliminated.size() - 1, out);
      left.remove(out);
    }
    return new ReferenceRunoff(rounds, eliminated, List.of());
  }

  /** Whether {@code outcome} has exactly these rounds, eliminations and winners. */
  public boolean agreesWith(RunoffOutcome outcome) {
    if (!outcome.winners().equals(winners) || outcome.rounds().size() != rounds.size()) {
      return false;
    }
    for (int r = 0; r < rounds.size(); r++) {
      RunoffRound round = outcome.rounds().get(r);
      if (!round.counts().equals(rounds.get(r))
          || !java.util.Objects.equals(round.eliminated(), eliminated.get(r))) {
        return false;
      }
    }
    return true;
  }
}
