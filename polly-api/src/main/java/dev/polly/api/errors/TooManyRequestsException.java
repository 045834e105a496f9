package dev.polly.api.errors;

import java.time.Duration;

/** The client sent more requests than its limit allows (429 with {@code Retry-After}). */
public class TooManyRequestsException extends ApiException {
  private final Duration retryAfter;

  public TooManyRequestsException(String message, Duration retryAfter) {
    super("rate_limited", message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
