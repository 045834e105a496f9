package dev.polly.bot.rendering;

import dev.polly.common.domain.OptionResult;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollOption;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.PollStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pure rendering of a poll: {@code (poll, results, now) → PollView}. Counts are hidden while the
 * poll hides results and is not closed; times are Discord timestamps ({@code <t:epoch:R>}) so each
 * reader sees them in their own timezone. A ranked poll's summary lines come from {@link
 * RankedLines}. No voter identity is ever rendered.
 */
public final class PollRenderer {
  static final int BAR_WIDTH = 10;
  private static final char FULL = '█';
  private static final char EMPTY = '░';

  public PollView render(Poll poll, PollResults results, Instant now) {
    boolean closed = poll.status() == PollStatus.CLOSED;
    boolean hidden = poll.hideResults() && !closed;
    Map<Integer, OptionResult> byPosition =
        results.options().stream()
            .collect(Collectors.toMap(OptionResult::position, Function.identity()));
    List<PollView.Bar> bars = new ArrayList<>();
    for (PollOption option : poll.options()) {
      OptionResult result = byPosition.get(option.position());
      long votes = result == null ? 0 : result.votes();
      double percent = result == null ? 0.0 : result.percent();
      boolean winner = closed && results.winners().contains(option.position());
      bars.add(
          new PollView.Bar(
              option.position(), label(option), hidden ? null : counts(votes, percent), winner));
    }
    return new PollView(
        poll.title(),
        poll.question(),
        bars,
        poll.ranked() ? RankedLines.total(results, hidden) : totalLine(results, hidden),
        poll.ranked() ? RankedLines.HOW_TO : maxChoicesLine(poll),
        timeLine(poll, now),
        closed ? (poll.ranked() ? RankedLines.outcome(results) : outcomeLine(poll, results)) : null,
        poll.imageUrl(),
        closed,
        "Poll #" + poll.id() + (poll.anonymous() ? " · anonymous" : ""));
  }

  static String label(PollOption option) {
    return option.emoji() == null || option.emoji().isBlank()
        ? option.label()
        : option.emoji() + " " + option.label();
  }

  static String counts(long votes, double percent) {
    int filled = (int) Math.round(percent / 100.0 * BAR_WIDTH);
    filled = Math.max(0, Math.min(BAR_WIDTH, filled));
    String bar =
        String.valueOf(FULL).repeat(filled) + String.valueOf(EMPTY).repeat(BAR_WIDTH - filled);
    return bar + " " + votes + " · " + String.format(Locale.ROOT, "%.1f%%", percent);
  }

  static String totalLine(PollResults results, boolean hidden) {
    String votes = plural(results.totalVotes(), "vote");
    String line = votes + " from " + plural(results.totalVoters(), "member");
    return hidden ? line + " · results are hidden until the poll closes" : line;
  }

  static String maxChoicesLine(Poll poll) {
    return poll.singleChoice() ? "Pick 1 option" : "Pick up to " + poll.maxChoices() + " options";
  }

  static String timeLine(Poll poll, Instant now) {
    return switch (poll.status()) {
      case SCHEDULED ->
          "Opens " + timestamp(poll.opensAt()) + ", closes " + timestamp(poll.closesAt());
      case ACTIVE ->
          (poll.closesAt().isAfter(now) ? "Closes " : "Closing ") + timestamp(poll.closesAt());
      case CLOSED ->
          "Closed " + timestamp(poll.closedAt() == null ? poll.closesAt() : poll.closedAt());
    };
  }

  static String outcomeLine(Poll poll, PollResults results) {
    if (results.winners().isEmpty()) {
      return "No votes were cast.";
    }
    List<String> names = new ArrayList<>();
    long votes = 0;
    for (OptionResult option : results.options()) {
      if (results.winners().contains(option.position())) {
        names.add("**" + option.label() + "**");
        votes = option.votes();
      }
    }
    if (results.tie()) {
      return "Tie between " + String.join(", ", names) + " with " + plural(votes, "vote") + " each";
    }
    return "Winner: " + names.get(0) + " with " + plural(votes, "vote");
  }

  /** A Discord timestamp shown relative to the reader's clock, e.g. {@code <t:1767225600:R>}. */
  public static String timestamp(Instant instant) {
    return "<t:" + instant.getEpochSecond() + ":R>";
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
