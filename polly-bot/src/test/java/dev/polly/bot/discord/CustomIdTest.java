package dev.polly.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomIdTest {
  @Test
  @DisplayName("formatted ids parse back to the same component")
  void roundTrip() {
    assertThat(CustomId.parse(CustomId.vote(42, 3))).contains(new CustomId.Vote(42, 3));
    assertThat(CustomId.parse(CustomId.vote(9_007_199_254_740_993L, 24)))
        .contains(new CustomId.Vote(9_007_199_254_740_993L, 24));
    assertThat(CustomId.parse(CustomId.pick(7))).contains(new CustomId.Pick(7));
    assertThat(CustomId.parse(CustomId.mine(7))).contains(new CustomId.Mine(7));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "vote",
        "vote:",
        "vote:1",
        "vote:1:",
        "vote::1",
        "vote:a:1",
        "vote:1:a",
        "vote:0:1",
        "vote:01:1",
        "vote:1:25",
        "vote:1:-1",
        "vote:-1:1",
        "vote:1:1:1",
        " vote:1:1",
        "vote:1:1 ",
        "VOTE:1:1",
        "vote:1234567890123456789:1",
        "pick:",
        "pick:1:2",
        "mine:x",
        "other:1"
      })
  @DisplayName("anything else is rejected")
  void rejectsMalformed(String raw) {
    assertThat(CustomId.parse(raw)).isEmpty();
  }

  @Test
  @DisplayName("a ranked poll's controls carry the ranking so far and parse back; repeats do not")
  void rankedControls() {
    List<Integer> all = java.util.stream.IntStream.range(0, 25).boxed().toList();

    assertThat(CustomId.parse(CustomId.rank(42))).contains(new CustomId.Rank(42));
    assertThat(CustomId.parse(CustomId.rankPick(42, List.of())))
        .contains(new CustomId.RankPick(42, List.of()));
    assertThat(CustomId.parse(CustomId.rankPick(42, List.of(3, 0, 24))))
        .contains(new CustomId.RankPick(42, List.of(3, 0, 24)));
    assertThat(CustomId.parse(CustomId.rankConfirm(999_999_999_999_999_999L, all)))
        .contains(new CustomId.RankConfirm(999_999_999_999_999_999L, all));
    assertThat(CustomId.rankConfirm(999_999_999_999_999_999L, all)).hasSizeLessThanOrEqualTo(100);
    assertThat(CustomId.parse(CustomId.rankRedo(42))).contains(new CustomId.RankRedo(42));
    assertThat(CustomId.parse("rankok:42:1.1")).isEmpty();
    assertThat(CustomId.parse("rankok:42:")).isEmpty();
    assertThat(CustomId.parse("rankpick:42:25")).isEmpty();
    assertThat(CustomId.parse("rank:42:1")).isEmpty();
  }

  @Test
  @DisplayName("null and overlong ids are rejected")
  void rejectsNullAndLong() {
    assertThat(CustomId.parse(null)).isEmpty();
    assertThat(CustomId.parse("vote:1:1" + " ".repeat(200))).isEmpty();
  }

  @Test
  @DisplayName("select values are option positions 0 to 24")
  void positions() {
    assertThat(CustomId.parsePosition("0")).contains(0);
    assertThat(CustomId.parsePosition("24")).contains(24);
    assertThat(CustomId.parsePosition("25")).isEmpty();
    assertThat(CustomId.parsePosition("01")).isEmpty();
    assertThat(CustomId.parsePosition("x")).isEmpty();
  }
}
