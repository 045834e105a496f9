package dev.polly.bot.discord;

import java.util.Optional;
import java.util.Set;
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

  /** The prefix of an option button's id. */
  String VOTE_PREFIX = "vote";

  /** The prefix of the option select menu's id. */
  String PICK_PREFIX = "pick";

  /** The prefix of the "my vote" button's id. */
  String MINE_PREFIX = "mine";

  /** The prefix of the delete confirmation button's id. */
  String DELETE_PREFIX = "delete";

  /** The prefixes of the controls on a poll message, for routing a vote to its handler. */
  Set<String> VOTE_PREFIXES = Set.of(VOTE_PREFIX, PICK_PREFIX, MINE_PREFIX);

  String POLL_ID = "([1-9][0-9]{0,17})";
  String POSITION = "([0-9]|1[0-9]|2[0-4])";
  Pattern VOTE = Pattern.compile(VOTE_PREFIX + ":" + POLL_ID + ":" + POSITION);
  Pattern PICK = Pattern.compile(PICK_PREFIX + ":" + POLL_ID);
  Pattern MINE = Pattern.compile(MINE_PREFIX + ":" + POLL_ID);
  Pattern DELETE = Pattern.compile(DELETE_PREFIX + ":" + POLL_ID);
  Pattern POSITION_VALUE = Pattern.compile(POSITION);

  static String vote(long pollId, int position) {
    return VOTE_PREFIX + ":" + pollId + ":" + position;
  }

  static String pick(long pollId) {
    return PICK_PREFIX + ":" + pollId;
  }

  static String mine(long pollId) {
    return MINE_PREFIX + ":" + pollId;
  }

  /** A select-menu value: the option's position. */
  static String position(int position) {
    return Integer.toString(position);
  }

  static String delete(long pollId) {
    return DELETE_PREFIX + ":" + pollId;
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
    if (raw != null && POSITION_VALUE.matcher(raw).matches()) {
      return Optional.of(Integer.parseInt(raw));
    }
    return Optional.empty();
  }
}
