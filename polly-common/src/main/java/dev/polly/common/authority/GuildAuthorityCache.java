package dev.polly.common.authority;

import dev.polly.common.cache.CacheRegion;
import dev.polly.common.cache.Caches;
import dev.polly.common.domain.AuthorityEpoch;
import dev.polly.common.domain.MemberAuthority;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Where polly-api caches the answers to "may this user manage this guild?", in the {@code guild}
 * region: the guild's current {@link AuthorityEpoch} under {@code {guildId}:authority_epoch}, and
 * one {@link MemberAuthority} per member and check window under {@code
 * {guildId}:{epoch}:{userId}:{window}:member_perms} (see {@code AuthorityKeys}). So:
 *
 * <ul>
 *   <li>an answer is loaded at most once per window and per process (single flight), and is never
 *       used once its window ended ({@link #current}): it is never older than {@link #period};
 *   <li>the answer of the window before stays readable while it is cached ({@link #previous});
 *   <li>{@link AuthorityInvalidator} retires one member's answers or, by dropping the epoch, the
 *       whole guild's at once.
 * </ul>
 *
 * Like every region, nothing here throws because Redis failed: without Redis each call asks the
 * check.
 */
public final class GuildAuthorityCache {
  private final CacheRegion<MemberAuthority> members;
  private final CacheRegion<AuthorityEpoch> epochs;
  private final Duration period;

  public GuildAuthorityCache(Caches caches, Duration period) {
    if (period.toMillis() < 1) {
      throw new IllegalArgumentException("the authority check period must be positive");
    }
    this.members = caches.guildMembers();
    this.epochs = caches.guildAuthorityEpochs();
    this.period = period;
  }

  /** How long one answer may be used: the length of a check window. */
  public Duration period() {
    return period;
  }

  /**
   * The answer of the window containing {@code now}: the cached one, else {@code check}'s, which is
   * cached under the epoch read before the check started (so a check racing a guild-wide retirement
   * never lands where later lookups look). Exceptions of {@code check} propagate and nothing is
   * cached.
   */
  public MemberAuthority current(
      long guildId, long userId, Instant now, Supplier<MemberAuthority> check) {
    String epoch = epoch(guildId);
    return members.get(
        AuthorityKeys.member(guildId, epoch, userId, window(guildId, userId, now)), check);
  }

  /**
   * The answer of the window before the one containing {@code now}, if it is still cached (it
   * expires with the region's TTL) and the guild's epoch has not changed since.
   */
  public Optional<MemberAuthority> previous(long guildId, long userId, Instant now) {
    long window = window(guildId, userId, now) - 1;
    return epochs
        .getIfPresent(AuthorityKeys.guild(guildId))
        .flatMap(
            e -> members.getIfPresent(AuthorityKeys.member(guildId, e.epoch(), userId, window)));
  }

  /** When the window containing {@code now} ends: that member's next check is due then. */
  public Instant nextCheckAt(long guildId, long userId, Instant now) {
    return AuthorityKeys.end(guildId, userId, window(guildId, userId, now), period.toMillis());
  }

  private long window(long guildId, long userId, Instant now) {
    return AuthorityKeys.window(guildId, userId, now, period.toMillis());
  }

  private String epoch(long guildId) {
    return epochs
        .get(
            AuthorityKeys.guild(guildId),
            () -> new AuthorityEpoch(guildId, UUID.randomUUID().toString(), period.toMillis()))
        .epoch();
  }
}
