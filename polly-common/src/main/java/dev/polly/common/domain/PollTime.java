package dev.polly.common.domain;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure conversions between what users type and what Polly stores (instants plus an IANA zone).
 * Every method either returns an exact answer or throws {@link InvalidTimeException}; none ever
 * shifts a time silently, so a local time inside a DST gap or overlap is an error, not a guess.
 */
public final class PollTime {
  private static final Pattern DURATION_PART = Pattern.compile("(\\d{1,6})([wdhms])");
  private static final DateTimeFormatter LOCAL_WITH_SPACE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]", Locale.ROOT);
  private static final Set<String> KNOWN_ZONES = ZoneId.getAvailableZoneIds();
  private static final int MAX_ZONE_LENGTH = 64;

  private PollTime() {}

  /**
   * The instant at which the wall clock of {@code zone} shows {@code local}.
   *
   * @throws InvalidTimeException if {@code local} is skipped (gap) or repeated (overlap) in {@code
   *     zone}
   */
  public static Instant toInstant(LocalDateTime local, ZoneId zone) {
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.size() == 1) {
      return local.toInstant(offsets.get(0));
    }
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    if (offsets.isEmpty()) {
      throw new InvalidTimeException(
          String.format(
              "%s does not exist in %s: clocks jump from %s to %s (daylight saving); pick another time",
              local, zone.getId(), transition.getDateTimeBefore(), transition.getDateTimeAfter()));
    }
    throw new InvalidTimeException(
        String.format(
            "%s happens twice in %s (offsets %s and %s, daylight saving ends); pick another time",
            local, zone.getId(), offsets.get(0), offsets.get(1)));
  }

  /**
   * Parses and converts a local date-time ({@code 2026-03-08T02:30} or {@code 2026-03-08 02:30}).
   */
  public static Instant toInstant(String localDateTime, ZoneId zone) {
    return toInstant(parseLocalDateTime(localDateTime), zone);
  }

  /**
   * Parses a date-time with an offset ({@code 2026-03-08T02:30:00Z}, {@code
   * 2026-03-08T02:30+01:00}) as that instant, and any form {@link #parseLocalDateTime} reads as a
   * wall-clock time in {@code zone}.
   *
   * @throws InvalidTimeException if the text is no date-time, or the local time is skipped or
   *     repeated in {@code zone}
   */
  public static Instant parseInstant(String text, ZoneId zone) {
    String trimmed = requireText(text, "date-time").trim();
    try {
      return OffsetDateTime.parse(trimmed).toInstant();
    } catch (DateTimeParseException e) {
      return toInstant(parseLocalDateTime(trimmed), zone);
    }
  }

  /** Parses {@code 2026-03-08T02:30}, {@code 2026-03-08T02:30:00} or {@code 2026-03-08 02:30}. */
  public static LocalDateTime parseLocalDateTime(String text) {
    String trimmed = requireText(text, "date-time").trim();
    try {
      return trimmed.indexOf('T') >= 0
          ? LocalDateTime.parse(trimmed)
          : LocalDateTime.parse(trimmed, LOCAL_WITH_SPACE);
    } catch (DateTimeParseException e) {
      throw new InvalidTimeException(
          "'" + trimmed + "' is not a date-time; use the form 2026-03-08 14:30");
    }
  }

  /**
   * Parses a duration such as {@code 90m}, {@code 2h}, {@code 3d}, {@code 1w} or a combination such
   * as {@code 1d12h} or {@code 1h 30m} (units w, d, h, m, s; case-insensitive).
   */
  public static Duration parseDuration(String text) {
    String compact = requireText(text, "duration").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    Matcher matcher = DURATION_PART.matcher(compact);
    Duration total = Duration.ZERO;
    int end = 0;
    while (matcher.find() && matcher.start() == end) {
      total = total.plus(unit(matcher.group(2)).multipliedBy(Long.parseLong(matcher.group(1))));
      end = matcher.end();
    }
    if (compact.isEmpty() || end != compact.length()) {
      throw new InvalidTimeException(
          "'" + text.trim() + "' is not a duration; use forms like 90m, 2h, 3d or 1d12h");
    }
    if (total.isZero()) {
      throw new InvalidTimeException("A duration must be longer than zero");
    }
    return total;
  }

  /**
   * Parses an IANA zone name such as {@code Europe/Paris} (or {@code UTC}); fixed offsets such as
   * {@code +02:00} are refused because they ignore daylight saving.
   */
  public static ZoneId parseZone(String text) {
    String trimmed = requireText(text, "time zone").trim();
    Optional<ZoneId> zone = zone(trimmed);
    if (zone.isPresent()) {
      return zone.get();
    }
    if (trimmed.length() <= MAX_ZONE_LENGTH && isOffset(trimmed)) {
      throw new InvalidTimeException(
          "'" + trimmed + "' is a fixed offset; use an IANA zone name such as Europe/Paris");
    }
    String shown = trimmed.length() <= MAX_ZONE_LENGTH ? trimmed : trimmed.substring(0, 16) + "…";
    throw new InvalidTimeException(
        "Unknown time zone '" + shown + "'; use an IANA name such as Europe/Paris or UTC");
  }

  /**
   * The zone of an IANA region name such as {@code Europe/Paris} or {@code UTC}, exactly as spelled
   * (no surrounding blanks, at most 64 characters); empty for anything else, including fixed
   * offsets.
   */
  public static Optional<ZoneId> zone(String name) {
    if (name == null || name.length() > MAX_ZONE_LENGTH || !KNOWN_ZONES.contains(name)) {
      return Optional.empty();
    }
    return Optional.of(ZoneId.of(name));
  }

  private static boolean isOffset(String text) {
    try {
      return ZoneId.of(text) instanceof ZoneOffset;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static Duration unit(String unit) {
    return switch (unit) {
      case "w" -> Duration.ofDays(7);
      case "d" -> Duration.ofDays(1);
      case "h" -> Duration.ofHours(1);
      case "m" -> Duration.ofMinutes(1);
      default -> Duration.ofSeconds(1);
    };
  }

  private static String requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new InvalidTimeException("A " + what + " is required");
    }
    return text;
  }
}
