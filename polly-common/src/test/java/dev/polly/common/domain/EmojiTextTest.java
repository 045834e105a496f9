package dev.polly.common.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmojiTextTest {
  @Test
  @DisplayName("custom emojis give their id; unicode emoji is told apart from text")
  void recognisesBothForms() {
    assertThat(EmojiText.customId("<:tacos:123>")).hasValue(123L);
    assertThat(EmojiText.customId("<a:party:9>")).hasValue(9L);
    assertThat(EmojiText.customId(":tacos:")).isEmpty();
    assertThat(EmojiText.isUnicode("🍕")).isTrue();
    assertThat(EmojiText.isUnicode("🇫🇷")).isTrue();
    assertThat(EmojiText.isUnicode("❤️")).isTrue();
    assertThat(EmojiText.isUnicode("ok")).isFalse();
    assertThat(EmojiText.isUnicode(":pizza:")).isFalse();
    assertThat(EmojiText.isUnicode("2")).isFalse();
    assertThat(EmojiText.isUnicode("é")).isFalse();
  }

  @Test
  @DisplayName("a leading emoji splits off its option; a leading word stays in the label")
  void splitsALeadingEmoji() {
    assertThat(EmojiText.splitLeading("🍕 Pizza"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("🍕", "Pizza"));
    assertThat(EmojiText.splitLeading("<:tacos:123>  Tacos al pastor"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("<:tacos:123>", "Tacos al pastor"));
    assertThat(EmojiText.splitLeading("Pizza 🍕")).isEmpty();
    assertThat(EmojiText.splitLeading("🍕")).isEmpty();
  }
}
