package dev.polly.bot.features.poll.create;

import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.PollOption;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure validation of {@code /poll create}: options (2–25, unique, at most 80 characters, separated
 * by {@code |} or new lines), max choices, duration ({@code 90m}, {@code 2h}, {@code 1d12h}) or a
 * close time ({@code 2026-12-24 18:00}) and open time read in the poll's timezone, image URL.
 * Returns the poll to store, or one sentence saying what is wrong.
 */
public final class PollRequestParser {
  static final Duration DEFAULT_DURATION = Duration.ofDays(1);
  static final Duration MAX_DURATION = Duration.ofDays(90);
  private static final Pattern DURATION = Pattern.compile("(\\d{1,4})\\s*([mhdw])");
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

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
      return new Result(build(request, context), null);
    } catch (IllegalArgumentException e) {
      return new Result(null, e.getMessage());
    }
  }

  private NewPoll build(PollRequest r, Context c) {
    String question = require(r.question(), "The question is required.").strip();
    check(question.length() <= 1000, "The question can be at most 1000 characters.");
    List<PollOption> options = options(require(r.options(), "Give at least two options."));
    String title = r.title() == null || r.title().isBlank() ? "Poll" : r.title().strip();
    check(title.length() <= 200, "The title can be at most 200 characters.");
    int maxChoices = r.maxChoices() == null ? 1 : r.maxChoices();
    check(
        maxChoices >= 1 && maxChoices <= options.size(),
        "max-choices must be between 1 and the number of options (" + options.size() + ").");
    ZoneId zone = zone(r.timezone() != null ? r.timezone() : c.savedTimezone());
    Instant opensAt = r.openAt() == null ? c.now() : time(r.openAt(), zone, "open-at");
    check(!opensAt.isBefore(c.now().minusSeconds(60)), "open-at is in the past.");
    check(
        r.duration() == null || r.closeAt() == null, "Give either duration or close-at, not both.");
    Instant closesAt =
        r.closeAt() != null
            ? time(r.closeAt(), zone, "close-at")
            : opensAt.plus(r.duration() == null ? DEFAULT_DURATION : duration(r.duration()));
    check(closesAt.isAfter(opensAt), "The poll must close after it opens.");
    check(
        Duration.between(opensAt, closesAt).compareTo(MAX_DURATION) <= 0,
        "A poll can run for at most 90 days.");
    String image = r.imageUrl() == null || r.imageUrl().isBlank() ? null : r.imageUrl().strip();
    check(
        image == null || image.matches("https?://\\S{1,2000}"),
        "The image must be an http(s) URL.");
    boolean ping = r.pingRoleId() != null;
    return new NewPoll(
        c.guildId(),
        c.channelId(),
        c.creatorId(),
        title,
        question,
        Boolean.TRUE.equals(r.anonymous()),
        Boolean.TRUE.equals(r.hideResults()),
        maxChoices,
        r.allowedRoleId(),
        r.pingRoleId(),
        ping,
        ping,
        image,
        opensAt,
        closesAt,
        zone,
        options);
  }

  static List<PollOption> options(String text) {
    List<PollOption> options = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String raw : text.split("[|\\n]")) {
      String label = raw.strip();
      if (label.isEmpty()) {
        continue;
      }
      check(label.length() <= 80, "Each option can be at most 80 characters.");
      check(
          seen.add(label.toLowerCase(Locale.ROOT)),
          "Options must differ: \"" + label + "\" appears twice.");
      options.add(new PollOption(options.size(), label, null));
    }
    check(options.size() >= 2, "Give at least two options.");
    check(options.size() <= 25, "A poll can have at most 25 options.");
    return options;
  }

  static Duration duration(String text) {
    String compact = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = DURATION.matcher(compact);
    Duration total = Duration.ZERO;
    int end = 0;
    while (m.find() && m.start() == end) {
      long n = Long.parseLong(m.group(1));
      total =
          total.plus(
              switch (m.group(2)) {
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
              });
      end = m.end();
      while (end < compact.length() && compact.charAt(end) == ' ') {
        end++;
      }
    }
    check(end == compact.length() && !total.isZero(), "duration looks like 30m, 2h, 1d or 1d12h.");
    return total;
  }

  static ZoneId zone(String name) {
    if (name == null || name.isBlank()) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(name.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "Unknown timezone \"" + name.strip() + "\"; use an IANA name such as Europe/Berlin.");
    }
  }

  static Instant time(String text, ZoneId zone, String option) {
    try {
      return LocalDateTime.parse(text.strip(), LOCAL).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option + " looks like 2026-12-24 18:00 (in the poll's timezone).");
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
