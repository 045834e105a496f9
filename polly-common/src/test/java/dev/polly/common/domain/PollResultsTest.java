package dev.polly.common.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PollResultsTest {
  private static final Instant T = Instant.parse("2026-06-01T10:00:00Z");

  @Test
  void zeroVotesGiveZeroPercentAndNoWinner() {
    PollResults results = PollResults.compute(poll(3), Map.of(), 0);

    assertThat(results.totalVotes()).isZero();
    assertThat(results.totalVoters()).isZero();
    assertThat(results.options()).extracting(OptionResult::percent).containsExactly(0.0, 0.0, 0.0);
    assertThat(results.winners()).isEmpty();
    assertThat(results.tie()).isFalse();
  }

  @Test
  void singleWinnerWithPercentagesRoundedToOneDecimal() {
    PollResults results = PollResults.compute(poll(3), Map.of(0, 2L, 1, 1L), 3);

    assertThat(results.pollId()).isEqualTo(7);
    assertThat(results.totalVotes()).isEqualTo(3);
    assertThat(results.options())
        .containsExactly(
            new OptionResult(0, "A", null, 2, 66.7),
            new OptionResult(1, "B", null, 1, 33.3),
            new OptionResult(2, "C", null, 0, 0.0));
    assertThat(results.winners()).containsExactly(0);
    assertThat(results.tie()).isFalse();
  }

  @Test
  void tieListsEveryOptionWithTheTopCount() {
    PollResults results = PollResults.compute(poll(4), Map.of(0, 3L, 2, 3L, 3, 1L), 5);

    assertThat(results.winners()).containsExactly(0, 2);
    assertThat(results.tie()).isTrue();
    assertThat(results.totalVotes()).isEqualTo(7);
    assertThat(results.totalVoters()).isEqualTo(5);
    assertThat(results.options())
        .extracting(OptionResult::percent)
        .containsExactly(42.9, 0.0, 42.9, 14.3);
  }

  @Test
  void countsForUnknownPositionsAreIgnored() {
    PollResults results = PollResults.compute(poll(2), Map.of(0, 1L, 9, 50L), 1);

    assertThat(results.totalVotes()).isEqualTo(1);
    assertThat(results.winners()).containsExactly(0);
    assertThat(results.options()).extracting(OptionResult::percent).containsExactly(100.0, 0.0);
  }

  private static Poll poll(int optionCount) {
    List<PollOption> options =
        List.of(
                new PollOption(0, "A", null),
                new PollOption(1, "B", null),
                new PollOption(2, "C", null),
                new PollOption(3, "D", null))
            .subList(0, optionCount);
    return new Poll(
        7,
        1,
        2,
        3,
        null,
        "t",
        "q",
        false,
        false,
        1,
        null,
        null,
        false,
        false,
        null,
        T,
        T.plusSeconds(3600),
        ZoneId.of("UTC"),
        PollStatus.ACTIVE,
        T,
        T,
        null,
        0,
        options,
        PollKind.CHOICE,
        null);
  }
}
