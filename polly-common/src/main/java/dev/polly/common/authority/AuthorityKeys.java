package dev.polly.common.authority;

import java.time.Instant;

/**
 * Key layout of cached member authority in the {@code guild} region: {@code
 * {guildId}:{epoch}:{userId}:{window}} (the region view adds {@code :member_perms}). A window is
 * one check period long, shifted by a per-(guild, user) offset so that the checks of one guild do
 * not all fall due at the same instant.
 */
final class AuthorityKeys {
  private AuthorityKeys() {}

  static String member(long guildId, String epoch, long userId, long window) {
    return guildId + ":" + epoch + ":" + userId + ":" + window;
  }

  static String guild(long guildId) {
    return Long.toString(guildId);
  }

  /** The number of the window containing {@code now}. */
  static long window(long guildId, long userId, Instant now, long periodMillis) {
    return Math.floorDiv(now.toEpochMilli() + offset(guildId, userId, periodMillis), periodMillis);
  }

  /** When window number {@code window} ends. */
  static Instant end(long guildId, long userId, long window, long periodMillis) {
    return Instant.ofEpochMilli(
        (window + 1) * periodMillis - offset(guildId, userId, periodMillis));
  }

  private static long offset(long guildId, long userId, long periodMillis) {
    return Math.floorMod(Long.hashCode(guildId * 31 + userId), periodMillis);
  }
}
