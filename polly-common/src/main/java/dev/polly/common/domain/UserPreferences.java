package dev.polly.common.domain;

import java.time.Instant;

/**
 * A dashboard user's remembered choices. Every field but {@code userId} may be null; {@code
 * timezone} is an IANA zone name.
 */
public record UserPreferences(
    long userId,
    Long lastGuildId,
    Long lastChannelId,
    Long lastRoleId,
    String timezone,
    Instant updatedAt) {

  /** The preferences of a user who never saved any. */
  public static UserPreferences empty(long userId) {
    return new UserPreferences(userId, null, null, null, null, null);
  }
}
