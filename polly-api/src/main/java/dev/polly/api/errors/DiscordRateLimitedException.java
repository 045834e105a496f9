package dev.polly.api.errors;

import java.time.Duration;

/** Discord asked us to wait longer than a request may block (503 with {@code Retry-After}). */
public class DiscordRateLimitedException extends RetryLaterException {
  public DiscordRateLimitedException(Duration retryAfter) {
    super("discord_rate_limited", "Discord is rate limiting Polly; retry later", retryAfter);
  }
}
