package dev.polly.bot.startup;

import java.time.Duration;

/**
 * How long the bot waits before its next attempt to reach Discord at startup: the delay doubles
 * from {@code first} with each failed attempt and never exceeds {@code max}.
 */
public record StartupBackoff(Duration first, Duration max) {
  /** 2 s, 4 s, 8 s, ... up to one minute between attempts. */
  public static StartupBackoff standard() {
    return new StartupBackoff(Duration.ofSeconds(2), Duration.ofMinutes(1));
  }

  /** The pause after failed attempt {@code attempt} (1-based). */
  public Duration delay(int attempt) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 30);
    Duration delay = first.multipliedBy(1L << doublings);
    return delay.compareTo(max) > 0 ? max : delay;
  }
}
