package dev.polly.bot.features.poll.create;

import dev.polly.common.domain.EmojiText;
import dev.polly.common.domain.FieldError;
import dev.polly.common.domain.InvalidTimeException;
import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.PollKind;
import dev.polly.common.domain.PollOption;
import dev.polly.common.domain.PollRules;
import dev.polly.common.domain.PollTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the text of {@code /poll create} into a {@code NewPoll}: options separated by {@code |} or
 * new lines, a duration ({@code 90m}, {@code 2h}, {@code 1d12h}) or a close time ({@code 2026-12-24
 * 18:00}) and an open time read in the poll's timezone ({@link PollTime}, which refuses a time
 * inside a daylight-saving gap or overlap instead of shifting it), and an optional reminder before
 * the close ({@code 30m}). Every poll rule is {@link PollRules}'; the first broken one is returned
 * as one sentence ({@link RuleMessages}).
 */
public final class PollRequestParser {
  static final Duration DEFAULT_DURATION = Duration.ofDays(1);
  static final String DEFAULT_TITLE = "Poll";

  /** Either the poll or the reason it was refused. */
  public record Result(NewPoll poll, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  /** Where the poll goes and who asks, plus the member's saved timezone (may be null). */
  public record Context(
      long guildId, long channelId, long creatorId, String savedTimezone, Instant now) {}

  public Result parse(PollRequest request, Context context) {
    try {
      NewPoll poll = build(request, context);
      List<FieldError> broken = PollRules.validate(poll, context.now());
      return broken.isEmpty()
          ? new Result(poll, null)
          : new Result(null, RuleMessages.sentence(broken.get(0), request));
    } catch (IllegalArgumentException e) {
      return new Result(null, e.getMessage());
    }
  }

  private NewPoll build(PollRequest r, Context c) {
    String question = require(r.question(), "The question is required.").strip();
    List<PollOption> options = options(require(r.options(), "Give at least two options."));
    String title = r.title() == null || r.title().isBlank() ? DEFAULT_TITLE : r.title().strip();
    ZoneId zone = zone(r.timezone() != null ? r.timezone() : c.savedTimezone());
    Instant opensAt = r.openAt() == null ? c.now() : time(r.openAt(), zone, "open-at");
    check(
        r.duration() == null || r.closeAt() == null, "Give either duration or close-at, not both.");
    Instant closesAt =
        r.closeAt() != null
            ? time(r.closeAt(), zone, "close-at")
            : opensAt.plus(r.duration() == null ? DEFAULT_DURATION : duration(r.duration()));
    String image = r.imageUrl() == null || r.imageUrl().isBlank() ? null : r.imageUrl().strip();
    boolean ping = r.pingRoleId() != null;
    return new NewPoll(
        c.guildId(),
        c.channelId(),
        c.creatorId(),
        title,
        question,
        Boolean.TRUE.equals(r.anonymous()),
        Boolean.TRUE.equals(r.hideResults()),
        r.maxChoices() == null ? 1 : r.maxChoices(),
        r.allowedRoleId(),
        r.pingRoleId(),
        ping,
        ping,
        image,
        opensAt,
        closesAt,
        zone,
        options,
        kind(r.kind()),
        r.remind() == null || r.remind().isBlank() ? null : reminder(r.remind()));
  }

  /** The poll kind typed as {@code choice} or {@code ranked}; a choice poll when absent. */
  static PollKind kind(String text) {
    if (text == null || text.isBlank()) {
      return PollKind.CHOICE;
    }
    return PollKind.parse(text)
        .orElseThrow(() -> new IllegalArgumentException("kind is either choice or ranked."));
  }

  /** How long before the close a reminder is posted: {@code 30m}, {@code 2h}, {@code 1d}. */
  public static Duration reminder(String text) {
    try {
      return PollTime.parseDuration(text.strip());
    } catch (InvalidTimeException e) {
      throw new IllegalArgumentException("remind looks like 30m, 2h or 1d.");
    }
  }

  /**
   * The non-blank lines or {@code |}-separated parts of {@code text}, trimmed, numbered from 0; a
   * leading emoji ({@code 🍕 Pizza}, {@code <:tacos:123> Tacos}) becomes the option's emoji.
   */
  public static List<PollOption> options(String text) {
    List<PollOption> options = new ArrayList<>();
    for (String raw : text.split("[|\\n]")) {
      String label = raw.strip();
      if (label.isEmpty()) {
        continue;
      }
      Optional<String[]> split = EmojiText.splitLeading(label);
      options.add(
          split.isPresent()
              ? new PollOption(options.size(), split.get()[1], split.get()[0])
              : new PollOption(options.size(), label, null));
    }
    return options;
  }

  static Duration duration(String text) {
    try {
      return PollTime.parseDuration(text);
    } catch (InvalidTimeException e) {
      throw new IllegalArgumentException("duration looks like 30m, 2h, 1d or 1d12h.");
    }
  }

  /** The zone of an IANA name; UTC when none is given. */
  static ZoneId zone(String name) {
    if (name == null || name.isBlank()) {
      return ZoneId.of("UTC");
    }
    return PollTime.zone(name.strip())
        .orElseThrow(() -> new IllegalArgumentException(RuleMessages.zone()));
  }

  static Instant time(String text, ZoneId zone, String option) {
    try {
      return PollTime.parseInstant(text, zone);
    } catch (InvalidTimeException e) {
      throw new IllegalArgumentException(
          option + " looks like 2026-12-24 18:00 (in the poll's timezone): " + e.getMessage());
    }
  }

  private static String require(String value, String message) {
    check(value != null && !value.isBlank(), message);
    return value;
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
