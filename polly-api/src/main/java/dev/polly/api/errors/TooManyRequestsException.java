package dev.polly.api.errors;

import java.time.Duration;

/** The client sent more requests than its limit allows (429 with {@code Retry-After}). */
public class TooManyRequestsException extends RetryLaterException {
  public TooManyRequestsException(String message, Duration retryAfter) {
    super("rate_limited", message, retryAfter);
  }
}
