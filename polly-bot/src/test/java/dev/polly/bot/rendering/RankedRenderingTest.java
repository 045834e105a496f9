package dev.polly.bot.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollKind;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.PollStatus;
import dev.polly.common.domain.ranked.InstantRunoff;
import dev.polly.common.domain.ranked.RankedBallot;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How a ranked poll's message reads: ballots, the current leader, and the runoff's outcome. */
class RankedRenderingTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  private final PollRenderer renderer = new PollRenderer();

  private static final List<RankedBallot> BALLOTS =
      List.of(
          RankedBallot.of(0, 1),
          RankedBallot.of(1, 0),
          RankedBallot.of(2, 0),
          RankedBallot.of(0),
          RankedBallot.of(2));

  @Test
  @DisplayName("an open ranked poll shows its ballots, the current leader and how to vote")
  void openRankedPollShowsTheLeader() {
    Poll poll = ranked(PollStatus.ACTIVE, false);

    PollView view = renderer.render(poll, results(poll), NOW);

    assertThat(view.totalLine()).isEqualTo("5 ballots · leading: **Pizza**");
    assertThat(view.maxChoicesLine()).startsWith("Rank the options");
    assertThat(view.outcomeLine()).isNull();
    assertThat(view.bars().get(0).counts()).contains(" 3 · ");
  }

  @Test
  @DisplayName(
      "a ranked poll hiding its results shows the number of ballots but no leader or counts")
  void hiddenRankedPollShowsNoLeader() {
    Poll poll = ranked(PollStatus.ACTIVE, true);

    PollView view = renderer.render(poll, results(poll), NOW);

    assertThat(view.totalLine())
        .isEqualTo("5 ballots · results are hidden until the poll closes")
        .doesNotContain("Pizza");
    assertThat(view.bars()).allSatisfy(bar -> assertThat(bar.counts()).isNull());
  }

  @Test
  @DisplayName("a closed ranked poll names the runoff winner, the rounds and the final count")
  void closedRankedPollNamesTheWinner() {
    Poll poll = ranked(PollStatus.CLOSED, true);

    PollView view = renderer.render(poll, results(poll), NOW);

    assertThat(view.outcomeLine())
        .isEqualTo("Winner: **Pizza** after 2 rounds, with 3 of 5 ballots in the final round");
    assertThat(view.bars().get(0).winner()).isTrue();
  }

  @Test
  @DisplayName("a closed ranked poll without ballots says so")
  void closedWithoutBallots() {
    Poll poll = ranked(PollStatus.CLOSED, false);

    PollView view =
        renderer.render(
            poll, PollResults.ranked(poll, InstantRunoff.tally(List.of(0, 1, 2), List.of())), NOW);

    assertThat(view.outcomeLine()).isEqualTo("No ballots were cast.");
    assertThat(view.totalLine()).isEqualTo("0 ballots");
  }

  private static Poll ranked(PollStatus status, boolean hideResults) {
    Poll choice = PollRendererTest.poll(status, hideResults, 1, null);
    return new Poll(
        choice.id(),
        choice.guildId(),
        choice.channelId(),
        choice.creatorId(),
        choice.messageId(),
        choice.title(),
        choice.question(),
        choice.anonymous(),
        choice.hideResults(),
        choice.maxChoices(),
        choice.allowedRoleId(),
        choice.pingRoleId(),
        choice.pingOnOpen(),
        choice.pingOnClose(),
        choice.imageUrl(),
        choice.opensAt(),
        choice.closesAt(),
        choice.timezone(),
        choice.status(),
        choice.createdAt(),
        choice.updatedAt(),
        choice.closedAt(),
        choice.version(),
        choice.options(),
        PollKind.RANKED,
        choice.remindBefore());
  }

  private static PollResults results(Poll poll) {
    return PollResults.ranked(poll, InstantRunoff.tally(List.of(0, 1, 2), BALLOTS));
  }
}
