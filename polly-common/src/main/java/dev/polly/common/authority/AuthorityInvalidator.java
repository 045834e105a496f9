package dev.polly.common.authority;

import dev.polly.common.cache.CacheRegion;
import dev.polly.common.cache.Caches;
import dev.polly.common.domain.AuthorityEpoch;
import dev.polly.common.domain.MemberAuthority;
import java.time.Instant;
import java.util.Optional;

/**
 * Retires cached answers of {@link GuildAuthorityCache} when a process (the bot) sees a change in
 * Discord. Each removal goes through the {@code guild} region, which deletes the Redis key and
 * announces it on the {@code polly:events} topic so every process drops its near copy. Never throws
 * because Redis failed (the answers then expire with the check period).
 */
public final class AuthorityInvalidator {
  private final CacheRegion<MemberAuthority> members;
  private final CacheRegion<AuthorityEpoch> epochs;

  public AuthorityInvalidator(Caches caches) {
    this.members = caches.guildMembers();
    this.epochs = caches.guildAuthorityEpochs();
  }

  /**
   * Retires one member's answers (they left, or their roles changed): those of the current epoch in
   * the window containing {@code now} and the windows either side, which absorbs clock skew between
   * processes.
   */
  public void forgetMember(long guildId, long userId, Instant now) {
    Optional<AuthorityEpoch> epoch = epochs.getIfPresent(AuthorityKeys.guild(guildId));
    if (epoch.isEmpty()) {
      return; // without an epoch no answer of this guild is found any more
    }
    long period = epoch.get().periodMillis();
    long window = AuthorityKeys.window(guildId, userId, now, period);
    for (long w = window - 1; w <= window + 1; w++) {
      members.invalidate(AuthorityKeys.member(guildId, epoch.get().epoch(), userId, w));
    }
  }

  /** Retires every answer of the guild (role permissions, roles or owner changed). */
  public void forgetGuild(long guildId) {
    epochs.invalidate(AuthorityKeys.guild(guildId));
  }
}
