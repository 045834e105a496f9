package dev.polly.bot.discord;

import java.util.Optional;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.emoji.Emoji;

/**
 * An option's stored emoji text as a JDA {@link Emoji}, for a button's or select option's emoji
 * slot: a custom emoji written {@code <:name:id>} or {@code <a:name:id>}, or unicode emoji. Text
 * that is neither (letters, digits or ASCII punctuation) has no emoji form, since Discord refuses a
 * whole message whose component carries an invalid emoji; such text stays in the label.
 */
final class OptionEmoji {
  private static final Pattern CUSTOM = Pattern.compile("<a?:[A-Za-z0-9_]{2,32}:\\d{1,20}>");

  private OptionEmoji() {}

  static Optional<Emoji> of(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String trimmed = text.strip();
    if (CUSTOM.matcher(trimmed).matches()) {
      return Optional.of(Emoji.fromFormatted(trimmed));
    }
    if (looksUnicode(trimmed)) {
      return Optional.of(Emoji.fromUnicode(trimmed));
    }
    return Optional.empty();
  }

  /** Unicode emoji are made of symbol code points (and joiners/selectors), never ASCII text. */
  private static boolean looksUnicode(String text) {
    return text.length() <= 32
        && text.codePoints()
            .noneMatch(cp -> cp < 0x80 && !Character.isDigit(cp) && cp != '#' && cp != '*')
        && text.codePoints().anyMatch(cp -> cp >= 0x2000)
        && text.codePoints().noneMatch(Character::isLetter);
  }
}
