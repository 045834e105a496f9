package dev.polly.bot.discord;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code custom_id} of a poll component, formatted and parsed strictly: {@code
 * vote:{pollId}:{position}} (an option button), {@code pick:{pollId}} (the option select menu) and
 * {@code mine:{pollId}} (the "my vote" button) and {@code delete:{pollId}} (the confirmation of
 * {@code /poll delete}). A ranked poll's controls carry the ranking picked so far, so ranking needs
 * no state in the bot: {@code rank:{pollId}} (the "Rank" button), {@code rankpick:{pollId}} or
 * {@code rankpick:{pollId}:{ranking}} (the select menu for the next choice), {@code
 * rankok:{pollId}:{ranking}} (confirm) and {@code rankredo:{pollId}} (start over), where a ranking
 * is distinct positions joined by dots, first choice first ({@code 3.0.2}). Anything else parses to
 * empty.
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

  /** The "Rank" button of a ranked poll's message. */
  record Rank(long pollId) implements CustomId {}

  /** The select menu of the next choice, after {@code ranking} (empty before the first). */
  record RankPick(long pollId, List<Integer> ranking) implements CustomId {}

  /** The button that stores {@code ranking} (not empty) as the member's ballot. */
  record RankConfirm(long pollId, List<Integer> ranking) implements CustomId {}

  /** The button that drops the ranking picked so far. */
  record RankRedo(long pollId) implements CustomId {}

  /** The prefixes of a ranked poll's controls, for routing them to their handler. */
  Set<String> RANK_PREFIXES = Set.of("rank", "rankpick", "rankok", "rankredo");

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
  String RANKING = "(" + POSITION + "(?:\\." + POSITION + "){0,24})";
  Pattern RANK = Pattern.compile("rank:" + POLL_ID);
  Pattern RANK_PICK = Pattern.compile("rankpick:" + POLL_ID + "(?::" + RANKING + ")?");
  Pattern RANK_CONFIRM = Pattern.compile("rankok:" + POLL_ID + ":" + RANKING);
  Pattern RANK_REDO = Pattern.compile("rankredo:" + POLL_ID);

  static String rank(long pollId) {
    return "rank:" + pollId;
  }

  static String rankPick(long pollId, List<Integer> ranking) {
    return "rankpick:" + pollId + (ranking.isEmpty() ? "" : ":" + dotted(ranking));
  }

  static String rankConfirm(long pollId, List<Integer> ranking) {
    return "rankok:" + pollId + ":" + dotted(ranking);
  }

  static String rankRedo(long pollId) {
    return "rankredo:" + pollId;
  }

  private static String dotted(List<Integer> ranking) {
    return ranking.stream().map(String::valueOf).collect(Collectors.joining("."));
  }

  /** The ranking of a {@link #RANKING} group (null: none); empty when it names a position twice. */
  private static Optional<List<Integer>> ranking(String dotted) {
    if (dotted == null) {
      return Optional.of(List.of());
    }
    List<Integer> positions = Arrays.stream(dotted.split("\\.")).map(Integer::valueOf).toList();
    return Set.copyOf(positions).size() == positions.size()
        ? Optional.of(positions)
        : Optional.empty();
  }

  /** Parses the id of a ranked poll's control; empty for anything else. */
  private static Optional<CustomId> parseRanked(String raw) {
    Matcher m = RANK.matcher(raw);
    if (m.matches()) {
      return Optional.of(new Rank(Long.parseLong(m.group(1))));
    }
    m = RANK_REDO.matcher(raw);
    if (m.matches()) {
      return Optional.of(new RankRedo(Long.parseLong(m.group(1))));
    }
    m = RANK_PICK.matcher(raw);
    if (m.matches()) {
      long pollId = Long.parseLong(m.group(1));
      return ranking(m.group(2)).map(r -> new RankPick(pollId, r));
    }
    m = RANK_CONFIRM.matcher(raw);
    if (m.matches()) {
      long pollId = Long.parseLong(m.group(1));
      return ranking(m.group(2)).map(r -> new RankConfirm(pollId, r));
    }
    return Optional.empty();
  }

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
    return parseRanked(raw);
  }

  /** The one option position a select menu sent; empty for none, several or a malformed one. */
  static Optional<Integer> onePosition(List<String> values) {
    return values.size() == 1 ? parsePosition(values.get(0)) : Optional.empty();
  }

  /** Parses a select-menu value (an option position 0–24); empty otherwise. */
  static Optional<Integer> parsePosition(String raw) {
    if (raw != null && POSITION_VALUE.matcher(raw).matches()) {
      return Optional.of(Integer.parseInt(raw));
    }
    return Optional.empty();
  }
}
