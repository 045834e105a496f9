package dev.polly.common.domain.ranked;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.ReferenceRunoff;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
      ReferenceRunoff expected = ReferenceRunoff.count(positions, ballots);

      String context = "case " + i + " ballots " + ballots;
      assertThat(outcome.winners()).as(context).isEqualTo(expected.winners());
      assertThat(outcome.rounds()).as(context).hasSize(expected.rounds().size());
      for (int r = 0; r < expected.rounds().size(); r++) {
        RunoffRound round = outcome.rounds().get(r);
        assertThat(round.counts()).as(context).isEqualTo(expected.rounds().get(r));
        assertThat(round.eliminated()).as(context).isEqualTo(expected.eliminated().get(r));
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
}
