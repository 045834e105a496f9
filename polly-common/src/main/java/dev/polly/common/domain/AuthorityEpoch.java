package dev.polly.common.domain;

import java.util.Objects;

/**
 * The current generation of a guild's cached {@link MemberAuthority} answers: answers are cached
 * under the epoch that was current when their check started, so replacing or dropping the epoch (a
 * role or owner change) retires every cached answer of the guild at once.
 */
public record AuthorityEpoch(long guildId, String epoch) {
  public AuthorityEpoch {
    Objects.requireNonNull(epoch, "epoch");
  }
}
