package dev.polly.common.domain.ranked;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link InstantRunoff} with a deliberately naive reference count on seeded random
 * ballots, and checks the invariants every round must keep.
 */
class InstantRunoffPropertyTest {
  private static final int CASES = 3_000;

  @Test
  void agreesWithTheReferenceCountOnRandomBallots() {
    Random random = new Random(20261201L);
    for (int i = 0; i < CASES; i++) {
      int options = 2 + random.nextInt(7);
      List<Integer> positions = IntStream.range(0, options).boxed().toList();
      List<RankedBallot> ballots = randomBallots(random, options);

      RunoffOutcome outcome = InstantRunoff.tally(positions, ballots);
      Reference expected = Reference.count(positions, ballots);

      String context = "case " + i + " ballots " + ballots;
      assertThat(outcome.winners()).as(context).isEqualTo(expected.winners);
      assertThat(outcome.rounds()).as(context).hasSize(expected.rounds.size());
      for (int r = 0; r < expected.rounds.size(); r++) {
        RunoffRound round = outcome.rounds().get(r);
        assertThat(round.counts()).as(context).isEqualTo(expected.rounds.get(r));
        assertThat(round.eliminated()).as(context).isEqualTo(expected.eliminated.get(r));
        assertThat(round.active() + round.exhausted()).as(context).isEqualTo(ballots.size());
      }
    }
  }

  @Test
  void theWinnerHoldsAMajorityOrTheFinalRoundIsEven() {
    Random random = new Random(7L);
    for (int i = 0; i < CASES; i++) {
      int options = 2 + random.nextInt(6);
      List<RankedBallot> ballots = randomBallots(random, options);
      RunoffOutcome outcome =
          InstantRunoff.tally(IntStream.range(0, options).boxed().toList(), ballots);
      RunoffRound last = outcome.finalRound();
      if (outcome.winners().size() == 1) {
        assertThat(last.counts().get(outcome.winners().get(0)) * 2).isGreaterThan(last.active());
      } else if (outcome.tie()) {
        assertThat(last.counts().values().stream().distinct()).hasSize(1);
      } else {
        assertThat(last.active()).isZero();
      }
    }
  }

  private static List<RankedBallot> randomBallots(Random random, int options) {
    int count = random.nextInt(40);
    List<RankedBallot> ballots = new ArrayList<>(count);
    List<Integer> pool = IntStream.range(0, options).boxed().collect(Collectors.toList());
    for (int b = 0; b < count; b++) {
      Collections.shuffle(pool, random);
      int length = random.nextInt(options + 1); // 0 = an empty ballot, exhausted at once
      ballots.add(new RankedBallot(List.copyOf(pool.subList(0, length))));
    }
    return ballots;
  }

  /** The textbook count, written for clarity rather than speed and sharing no code. */
  private static final class Reference {
    final List<Map<Integer, Long>> rounds = new ArrayList<>();
    final List<Integer> eliminated = new ArrayList<>();
    List<Integer> winners = List.of();

    static Reference count(List<Integer> positions, List<RankedBallot> ballots) {
      Reference ref = new Reference();
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
        ref.rounds.add(tally);
        long active = tally.values().stream().mapToLong(x -> x).sum();
        if (active == 0) {
          ref.eliminated.add(null);
          return ref;
        }
        Optional<Integer> majority =
            left.stream().filter(p -> tally.get(p) * 2 > active).findFirst();
        if (majority.isPresent()) {
          ref.winners = List.of(majority.get());
          ref.eliminated.add(null);
          return ref;
        }
        if (left.stream().map(tally::get).distinct().count() == 1) {
          ref.winners = left.stream().sorted().toList();
          ref.eliminated.add(null);
          return ref;
        }
        // Lowest by (this round, previous round, ..., round 1), then the highest position.
        Comparator<Integer> order = Comparator.comparing(p -> 0);
        for (int r = ref.rounds.size() - 1; r >= 0; r--) {
          Map<Integer, Long> round = ref.rounds.get(r);
          order = order.thenComparing(p -> round.getOrDefault(p, 0L));
        }
        order = order.thenComparing(Comparator.<Integer>reverseOrder());
        Integer out = left.stream().min(order).orElseThrow();
        ref.eliminated.add(out);
        left.remove(out);
      }
      return ref;
    }
  }
}
