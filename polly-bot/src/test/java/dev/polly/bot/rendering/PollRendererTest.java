package dev.polly.bot.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollKind;
import dev.polly.common.domain.PollOption;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.PollStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PollRendererTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  private static final Instant CLOSES = Instant.parse("2026-11-27T12:00:00Z");
  private final PollRenderer renderer = new PollRenderer();

  static Poll poll(PollStatus status, boolean hideResults, int maxChoices, String image) {
    return new Poll(
        42,
        1,
        2,
        3,
        4L,
        "Lunch",
        "Where do we eat?",
        false,
        hideResults,
        maxChoices,
        null,
        null,
        false,
        false,
        image,
        NOW.minusSeconds(60),
        CLOSES,
        ZoneId.of("UTC"),
        status,
        NOW,
        NOW,
        status == PollStatus.CLOSED ? NOW : null,
        0,
        List.of(
            new PollOption(0, "Pizza", null),
            new PollOption(1, "Sushi", "🍣"),
            new PollOption(2, "Salad", null)),
        PollKind.CHOICE,
        null);
  }

  @Test
  @DisplayName(
      "an open poll shows a bar with count and percentage per option, total, max choices and the close time")
  void openPoll() {
    Poll poll = poll(PollStatus.ACTIVE, false, 2, null);
    PollView view = renderer.render(poll, PollResults.compute(poll, Map.of(0, 3L, 1, 1L), 4), NOW);

    assertThat(view.title()).isEqualTo("Lunch");
    assertThat(view.question()).isEqualTo("Where do we eat?");
    assertThat(view.bars())
        .extracting(PollView.Bar::label)
        .containsExactly("Pizza", "🍣 Sushi", "Salad");
    assertThat(view.bars())
        .extracting(PollView.Bar::counts)
        .containsExactly("████████░░ 3 · 75.0%", "███░░░░░░░ 1 · 25.0%", "░░░░░░░░░░ 0 · 0.0%");
    assertThat(view.totalLine()).isEqualTo("4 votes from 4 members");
    assertThat(view.maxChoicesLine()).isEqualTo("Pick up to 2 options");
    assertThat(view.timeLine()).isEqualTo("Closes <t:" + CLOSES.getEpochSecond() + ":R>");
    assertThat(view.outcomeLine()).isNull();
    assertThat(view.closed()).isFalse();
    assertThat(view.imageUrl()).isNull();
  }

  @Test
  @DisplayName("hide-results hides every count until the poll closes")
  void hiddenResults() {
    Poll open = poll(PollStatus.ACTIVE, true, 1, null);
    PollView hidden = renderer.render(open, PollResults.compute(open, Map.of(0, 5L), 5), NOW);
    assertThat(hidden.bars()).extracting(PollView.Bar::counts).containsOnlyNulls();
    assertThat(hidden.totalLine()).contains("hidden until the poll closes");
    assertThat(hidden.maxChoicesLine()).isEqualTo("Pick 1 option");

    Poll closed = poll(PollStatus.CLOSED, true, 1, null);
    PollView shown = renderer.render(closed, PollResults.compute(closed, Map.of(0, 5L), 5), NOW);
    assertThat(shown.bars().get(0).counts()).isEqualTo("██████████ 5 · 100.0%");
  }

  @Test
  @DisplayName("at close the winner is named and marked")
  void winnerAtClose() {
    Poll poll = poll(PollStatus.CLOSED, false, 1, "https://example.org/a.png");
    PollView view = renderer.render(poll, PollResults.compute(poll, Map.of(1, 2L, 2, 1L), 3), NOW);
    assertThat(view.outcomeLine()).isEqualTo("Winner: **Sushi** with 2 votes");
    assertThat(view.bars()).extracting(PollView.Bar::winner).containsExactly(false, true, false);
    assertThat(view.timeLine()).isEqualTo("Closed <t:" + NOW.getEpochSecond() + ":R>");
    assertThat(view.imageUrl()).isEqualTo("https://example.org/a.png");
    assertThat(view.closed()).isTrue();
  }

  @Test
  @DisplayName("at close a tie names every tied option, and no votes says so")
  void tieAndNoVotes() {
    Poll poll = poll(PollStatus.CLOSED, false, 1, null);
    PollView tie = renderer.render(poll, PollResults.compute(poll, Map.of(0, 2L, 2, 2L), 4), NOW);
    assertThat(tie.outcomeLine()).isEqualTo("Tie between **Pizza**, **Salad** with 2 votes each");
    PollView none = renderer.render(poll, PollResults.compute(poll, Map.of(), 0), NOW);
    assertThat(none.outcomeLine()).isEqualTo("No votes were cast.");
    assertThat(none.totalLine()).isEqualTo("0 votes from 0 members");
  }

  @Test
  @DisplayName("a scheduled poll shows when it opens and closes")
  void scheduled() {
    Poll poll = poll(PollStatus.SCHEDULED, false, 1, null);
    PollView view = renderer.render(poll, PollResults.compute(poll, Map.of(), 0), NOW);
    assertThat(view.timeLine())
        .startsWith("Opens <t:")
        .contains("closes <t:" + CLOSES.getEpochSecond() + ":R>");
  }
}
