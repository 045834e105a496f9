package dev.polly.bot.discord;

import dev.polly.common.domain.EmojiText;
import java.util.Optional;
import net.dv8tion.jda.api.entities.emoji.Emoji;

/**
 * An option's stored emoji text as a JDA {@link Emoji}, for a button's or select option's emoji
 * slot: a custom emoji written {@code <:name:id>} or {@code <a:name:id>}, or unicode emoji. Text
 * that is neither (letters, digits or ASCII punctuation) has no emoji form, since Discord refuses a
 * whole message whose component carries an invalid emoji; such text stays in the label.
 */
final class OptionEmoji {
  private OptionEmoji() {}

  static Optional<Emoji> of(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    if (EmojiText.customId(trimmed).isPresent()) {
      return Optional.of(Emoji.fromFormatted(trimmed));
    }
    if (EmojiText.isUnicode(trimmed)) {
      return Optional.of(Emoji.fromUnicode(trimmed));
    }
    return Optional.empty();
  }
}
