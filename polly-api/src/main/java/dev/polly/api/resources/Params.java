package dev.polly.api.resources;

import dev.polly.api.errors.BadParameterException;

/** Paging parameters of list endpoints: positive whole numbers, 400 {@code bad_parameter} else. */
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
}
