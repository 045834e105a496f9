package dev.polly.common.domain;

import java.util.Objects;

/**
 * The current generation of a guild's cached {@link MemberAuthority} answers: answers are cached
 * under the epoch that was current when their check started, so replacing or dropping the epoch (a
 * role or owner change) retires every cached answer of the guild at once. {@code periodMillis} is
 * the check period of the process that started the epoch, so a process that only retires answers
 * (the bot) finds their keys without sharing that setting.
 */
public record AuthorityEpoch(long guildId, String epoch, long periodMillis) {
  public AuthorityEpoch {
    Objects.requireNonNull(epoch, "epoch");
    if (periodMillis < 1) {
      throw new IllegalArgumentException("periodMillis must be positive");
    }
  }
}
