package dev.polly.common.domain;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an option's emoji is written: a custom emoji {@code <:name:id>} (or {@code <a:name:id>} when
 * animated), or unicode emoji. Shared by the API (which checks a custom emoji belongs to the
 * guild), the bot's {@code /poll create} parser (which reads a leading emoji off an option) and the
 * bot's component rendering.
 */
public final class EmojiText {
  private static final Pattern CUSTOM = Pattern.compile("<a?:[A-Za-z0-9_]{2,32}:(\\d{1,20})>");
  private static final Pattern LEADING = Pattern.compile("^(\\S+)\\s+(\\S.*)$", Pattern.DOTALL);

  private EmojiText() {}

  /** The id of a custom emoji written {@code <:name:id>}, or empty for anything else. */
  public static OptionalLong customId(String text) {
    Matcher m = CUSTOM.matcher(text == null ? "" : text.strip());
    return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
  }

  /** Whether {@code text} is unicode emoji: symbols only, no letters, no ASCII text. */
  public static boolean isUnicode(String text) {
    if (text == null || text.isBlank() || text.length() > 32) {
      return false;
    }
    String t = text.strip();
    return t.codePoints()
            .noneMatch(cp -> cp < 0x80 && !Character.isDigit(cp) && cp != '#' && cp != '*')
        && t.codePoints().anyMatch(cp -> cp >= 0x2000)
        && t.codePoints().noneMatch(Character::isLetter);
  }

  /** Whether {@code text} is an emoji in either form. */
  public static boolean isEmoji(String text) {
    return customId(text).isPresent() || isUnicode(text);
  }

  /**
   * Splits an option written with a leading emoji ({@code 🍕 Pizza}, {@code <:tacos:123> Tacos})
   * into the emoji and the label; empty when the first word is no emoji.
   */
  public static Optional<String[]> splitLeading(String option) {
    Matcher m = LEADING.matcher(option == null ? "" : option.strip());
    if (m.matches() && isEmoji(m.group(1))) {
      return Optional.of(new String[] {m.group(1), m.group(2).strip()});
    }
    return Optional.empty();
  }
}
