package dev.polly.common.domain.ranked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InstantRunoffTest {
  private static final int A = 0;
  private static final int B = 1;
  private static final int C = 2;
  private static final int D = 3;

  @Test
  @DisplayName(
      "Wikipedia's Tennessee capital example: Knoxville wins in round 3 after Chattanooga and Nashville go")
  void tennesseeCapitalExample() {
    // Memphis = A, Nashville = B, Chattanooga = C, Knoxville = D (per 100 voters)
    List<RankedBallot> ballots = new ArrayList<>();
    add(ballots, 42, A, B, C, D);
    add(ballots, 26, B, C, D, A);
    add(ballots, 15, C, D, B, A);
    add(ballots, 17, D, C, B, A);

    RunoffOutcome outcome = InstantRunoff.tally(List.of(A, B, C, D), ballots);

    assertThat(outcome.rounds()).hasSize(3);
    assertThat(outcome.rounds().get(0).counts()).isEqualTo(Map.of(A, 42L, B, 26L, C, 15L, D, 17L));
    assertThat(outcome.rounds().get(0).eliminated()).isEqualTo(C);
    assertThat(outcome.rounds().get(1).counts()).isEqualTo(Map.of(A, 42L, B, 26L, D, 32L));
    assertThat(outcome.rounds().get(1).eliminated()).isEqualTo(B);
    assertThat(outcome.rounds().get(2).counts()).isEqualTo(Map.of(A, 42L, D, 58L));
    assertThat(outcome.rounds().get(2).eliminated()).isNull();
    assertThat(outcome.winners()).containsExactly(D);
    assertThat(outcome.ballots()).isEqualTo(100);
    assertThat(outcome.rounds()).allSatisfy(r -> assertThat(r.exhausted()).isZero());
  }

  @Test
  void aFirstRoundMajorityWinsAtOnce() {
    List<RankedBallot> ballots = new ArrayList<>();
    add(ballots, 3, B, A);
    add(ballots, 2, A);

    RunoffOutcome outcome = InstantRunoff.tally(List.of(A, B, C), ballots);

    assertThat(outcome.rounds()).hasSize(1);
    assertThat(outcome.winners()).containsExactly(B);
    assertThat(outcome.tie()).isFalse();
  }

  @Test
  @DisplayName("Exhausted ballots leave the count, so the majority is of the ballots still counted")
  void exhaustedBallotsLowerTheMajorityThreshold() {
    List<RankedBallot> ballots = new ArrayList<>();
    add(ballots, 4, A);
    add(ballots, 3, B);
    add(ballots, 2, C); // ranks only C: exhausted once C is eliminated

    RunoffOutcome outcome = InstantRunoff.tally(List.of(A, B, C), ballots);

    assertThat(outcome.rounds()).hasSize(2);
    RunoffRound last = outcome.finalRound();
    assertThat(last.counts()).isEqualTo(Map.of(A, 4L, B, 3L));
    assertThat(last.exhausted()).isEqualTo(2);
    assertThat(last.active()).isEqualTo(7);
    assertThat(outcome.winners()).containsExactly(A); // 4 of 7, although not 4 of 9
  }

  @Test
  void partialBallotsTransferUntilTheyRunOut() {
    List<RankedBallot> ballots = new ArrayList<>();
    add(ballots, 4, A);
    add(ballots, 3, B);
    add(ballots, 2, C, B);

    RunoffOutcome outcome = InstantRunoff.tally(List.of(A, B, C), ballots);

    assertThat(outcome.finalRound().counts()).isEqualTo(Map.of(A, 4L, B, 5L));
    assertThat(outcome.winners()).containsExactly(B);
  }

  @Test
  void anEvenSplitBetweenTheLastTwoIsATie() {
    List<RankedBallot> ballots = new ArrayList<>();
    add(ballots, 2, A, C);
    add(ballots, 2, B);
    add(ballots, 1, C, A);
    add(ballots, 1, D, B);

    RunoffOutcome outcome = InstantRunoff.tally(List.of(A, B, C, D), ballots);

    assertThat(outcome.winners()).containsExactly(A, B);
    assertThat(outcome.tie()).isTrue();
    assertThat(outcome.finalRound().counts()).isEqualTo(Map.of(A, 3L, B, 3L));
  }

  @Test
  @DisplayName(
      "A tie for last is broken by the most recent earlier round where the tied options differ")
  void tieForLastIsBrokenByEarlierRounds() {
    List<RankedBallot> ballots = new ArrayList<>();
    add(ballots, 5, A);
    add(ballots, 3, B);
    add(ballots, 2, C);
    add(ballots, 1, D, C);
    // Round 1: A5 B3 C2 D1 -> D out. Round 2: A5 B3 C3 -> B and C tie for last; in round 1 C had
    // fewer (2 < 3), so C goes, not B (the highest position would have picked C too, so check B/C
    // swapped below).
    RunoffOutcome outcome = InstantRunoff.tally(List.of(A, B, C, D), ballots);
    assertThat(outcome.rounds().get(1).eliminated()).isEqualTo(C);

    List<RankedBallot> swapped = new ArrayList<>();
    add(swapped, 5, A);
    add(swapped, 2, B);
    add(swapped, 3, C);
    add(swapped, 1, D, B);
    RunoffOutcome other = InstantRunoff.tally(List.of(A, B, C, D), swapped);
    assertThat(other.rounds().get(1).counts()).isEqualTo(Map.of(A, 5L, B, 3L, C, 3L));
    assertThat(other.rounds().get(1).eliminated()).isEqualTo(B);
  }

  @Test
  void aTieThatNoRoundBreaksEliminatesTheOptionListedLast() {
    List<RankedBallot> ballots = new ArrayList<>();
    add(ballots, 2, A);
    add(ballots, 1, B, A);
    add(ballots, 1, C, A); // round 1: A2 B1 C1, no majority of 4; B and C were never apart

    RunoffOutcome outcome = InstantRunoff.tally(List.of(A, B, C), ballots);

    assertThat(outcome.rounds().get(0).eliminated()).isEqualTo(C);
  }

  @Test
  void allOptionsEvenIsATieAmongAll() {
    List<RankedBallot> ballots =
        List.of(RankedBallot.of(A), RankedBallot.of(B), RankedBallot.of(C));

    RunoffOutcome outcome = InstantRunoff.tally(List.of(A, B, C), ballots);

    assertThat(outcome.rounds()).hasSize(1);
    assertThat(outcome.winners()).containsExactly(A, B, C);
  }

  @Test
  void noBallotsGiveOneEmptyRoundAndNoWinner() {
    RunoffOutcome outcome = InstantRunoff.tally(List.of(A, B), List.of());

    assertThat(outcome.rounds()).hasSize(1);
    assertThat(outcome.finalRound().counts()).isEqualTo(Map.of(A, 0L, B, 0L));
    assertThat(outcome.winners()).isEmpty();
  }

  @Test
  void positionsThatAreNotOptionsAreIgnored() {
    List<RankedBallot> ballots = List.of(RankedBallot.of(9, A), RankedBallot.of(7));

    RunoffOutcome outcome = InstantRunoff.tally(List.of(A, B), ballots);

    assertThat(outcome.finalRound().counts()).isEqualTo(Map.of(A, 1L, B, 0L));
    assertThat(outcome.finalRound().exhausted()).isEqualTo(1);
    assertThat(outcome.winners()).containsExactly(A);
  }

  @Test
  void aBallotNamingAnOptionTwiceIsRefused() {
    assertThatThrownBy(() -> RankedBallot.of(A, B, A)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void add(List<RankedBallot> ballots, int copies, Integer... ranking) {
    for (int i = 0; i < copies; i++) {
      ballots.add(RankedBallot.of(ranking));
    }
  }
}
