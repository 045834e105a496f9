package dev.polly.bot.rendering;

import java.util.List;
import java.util.Objects;

/**
 * What a poll message shows, independent of Discord's API: the embed's title and description lines,
 * one {@link Bar} per option, the summary lines, the outcome at close and the image. Built by
 * {@link PollRenderer}; turned into a JDA embed by the thin adapter in {@code discord}.
 *
 * @param title the poll title
 * @param question the question, shown first
 * @param bars one line per option, in position order
 * @param totalLine e.g. {@code 12 votes from 9 members}
 * @param maxChoicesLine e.g. {@code Pick up to 2 options}
 * @param timeLine e.g. {@code Closes <t:1767225600:R>}
 * @param outcomeLine the winners or the tie once closed, otherwise null
 * @param imageUrl the poll's image, or null
 * @param closed whether the poll is closed (components are then disabled)
 * @param footer a short identification line, e.g. {@code Poll #42}
 */
public record PollView(
    String title,
    String question,
    List<Bar> bars,
    String totalLine,
    String maxChoicesLine,
    String timeLine,
    String outcomeLine,
    String imageUrl,
    boolean closed,
    String footer) {

  public PollView {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(question, "question");
    bars = List.copyOf(bars);
  }

  /**
   * One option's line. {@code counts} is null while results are hidden.
   *
   * @param position the option's position
   * @param label the option label, prefixed by its emoji when it has one
   * @param counts e.g. {@code ██████░░░░ 3 · 60.0%}, or null when hidden
   * @param winner whether the option is among the winners of a closed poll
   */
  public record Bar(int position, String label, String counts, boolean winner) {}
}
