package dev.polly.api.requests;

import dev.polly.common.domain.InvalidTimeException;
import dev.polly.common.domain.PollTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Turns the dashboard's time strings into instants: an ISO-8601 value with an offset or {@code Z}
 * is an instant; one without is a wall-clock time in the poll's zone. A wall-clock time that does
 * not exist (a daylight-saving gap) or happens twice (an overlap) is an error, never silently
 * shifted ({@link PollTime}).
 */
public final class PollTimes {
  private PollTimes() {}

  /** The instant, or null after reporting the problem to {@code errors}. */
  public static Instant parse(Errors errors, String field, String value, ZoneId zone) {
    if (value.length() > 40) {
      errors.add(field, "is not an ISO-8601 date-time");
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      // try a local time below
    }
    LocalDateTime local;
    try {
      local = LocalDateTime.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(field, "is not an ISO-8601 date-time");
      return null;
    }
    if (zone == null) {
      errors.add(field, "needs a valid timezone (or an offset)");
      return null;
    }
    try {
      return PollTime.toInstant(local, zone);
    } catch (InvalidTimeException e) {
      errors.add(field, e.getMessage());
      return null;
    } catch (DateTimeException e) {
      errors.add(field, "is out of range");
      return null;
    }
  }
}
