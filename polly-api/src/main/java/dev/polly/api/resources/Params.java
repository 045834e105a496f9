package dev.polly.api.resources;

import dev.polly.api.errors.BadParameterException;
import dev.polly.common.domain.PollStatus;
import java.util.Locale;

/**
 * Query parameters of the poll list: page numbers (positive whole numbers) and the status filter,
 * each 400 {@code bad_parameter} when malformed.
 */
final class Params {
  private Params() {}

  static int positiveInt(String name, String value, int defaultValue) {
    if (value == null || value.isEmpty()) {
      return defaultValue;
    }
    if (!value.matches("[0-9]{1,6}")) {
      throw new BadParameterException(name + " must be a positive number");
    }
    return Integer.parseInt(value);
  }

  /** The poll state named by {@code value} (any letter case), or null (all) when absent. */
  static PollStatus status(String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return PollStatus.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadParameterException("status must be scheduled, active or closed");
    }
  }
}
