package dev.polly.bot.discord;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code custom_id} of a poll component, formatted and parsed strictly: {@code
 * vote:{pollId}:{position}} (an option button), {@code pick:{pollId}} (the option select menu) and
 * {@code mine:{pollId}} (the "my vote" button) and {@code delete:{pollId}} (the confirmation of
 * {@code /poll delete}). Anything else parses to empty.
 */
public sealed interface CustomId {
  long pollId();

  /** An option button. */
  record Vote(long pollId, int position) implements CustomId {}

  /** The select menu used when a poll has too many options for buttons. */
  record Pick(long pollId) implements CustomId {}

  /** The "my vote" button. */
  record Mine(long pollId) implements CustomId {}

  /** The button that confirms deleting a poll. */
  record Delete(long pollId) implements CustomId {}

  Pattern VOTE = Pattern.compile("vote:([1-9][0-9]{0,17}):([0-9]|1[0-9]|2[0-4])");
  Pattern PICK = Pattern.compile("pick:([1-9][0-9]{0,17})");
  Pattern MINE = Pattern.compile("mine:([1-9][0-9]{0,17})");
  Pattern DELETE = Pattern.compile("delete:([1-9][0-9]{0,17})");

  static String vote(long pollId, int position) {
    return "vote:" + pollId + ":" + position;
  }

  static String pick(long pollId) {
    return "pick:" + pollId;
  }

  static String mine(long pollId) {
    return "mine:" + pollId;
  }

  static String delete(long pollId) {
    return "delete:" + pollId;
  }

  /** Parses a component id; empty for anything not produced by the methods above. */
  static Optional<CustomId> parse(String raw) {
    if (raw == null || raw.length() > 100) {
      return Optional.empty();
    }
    Matcher m = VOTE.matcher(raw);
    if (m.matches()) {
      return Optional.of(new Vote(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2))));
    }
    m = PICK.matcher(raw);
    if (m.matches()) {
      return Optional.of(new Pick(Long.parseLong(m.group(1))));
    }
    m = MINE.matcher(raw);
    if (m.matches()) {
      return Optional.of(new Mine(Long.parseLong(m.group(1))));
    }
    m = DELETE.matcher(raw);
    if (m.matches()) {
      return Optional.of(new Delete(Long.parseLong(m.group(1))));
    }
    return Optional.empty();
  }

  /** Parses a select-menu value (an option position 0–24); empty otherwise. */
  static Optional<Integer> parsePosition(String raw) {
    if (raw != null && raw.matches("[0-9]|1[0-9]|2[0-4]")) {
      return Optional.of(Integer.parseInt(raw));
    }
    return Optional.empty();
  }
}
