package dev.polly.api.errors;

import java.time.Duration;

/**
 * A refusal the client may retry after {@link #retryAfter()}: its mapper adds a {@code Retry-After}
 * header in whole seconds (at least 1) to the JSON error.
 */
public abstract class RetryLaterException extends ApiException {
  private final Duration retryAfter;

  protected RetryLaterException(String code, String message, Duration retryAfter) {
    super(code, message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
