package dev.polly.common.domain;

/**
 * A time, zone or duration given by a user cannot be used as is: unparseable, unknown, or a local
 * date-time that does not exist (DST gap) or exists twice (DST overlap) in its zone. The message
 * says what was wrong and is safe to show to the user.
 */
public class InvalidTimeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidTimeException(String message) {
    super(message);
  }
}
