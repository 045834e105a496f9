package dev.polly.common.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether a user may manage a guild (owner, Administrator or Manage Server), as Discord answered
 * the bot at {@code checkedAt}. Cached in the {@code guild} region; never older than the region's
 * TTL when used.
 */
public record MemberAuthority(long guildId, long userId, boolean canManage, Instant checkedAt) {
  public MemberAuthority {
    Objects.requireNonNull(checkedAt, "checkedAt");
  }
}
