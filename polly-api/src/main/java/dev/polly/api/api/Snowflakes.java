package dev.polly.api.api;

import java.util.regex.Pattern;

/**
 * Discord snowflakes as the API's JSON carries them, strings (the dashboard's JavaScript cannot
 * hold 64-bit numbers): parsed from 1 to 20 digits, positive, within {@code long}.
 */
public final class Snowflakes {
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");

  private Snowflakes() {}

  /** The id, or null when {@code value} is not a valid snowflake. */
  public static Long parse(String value) {
    if (value == null || !DIGITS.matcher(value).matches()) {
      return null;
    }
    try {
      long id = Long.parseLong(value);
      return id > 0 ? id : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The id as the JSON string, or null for no id. */
  public static String format(Long id) {
    return id == null ? null : Long.toString(id);
  }
}
