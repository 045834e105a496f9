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
 * Where the answers to "may this user manage this guild?" are cached, shared by polly-api (which
 * asks Discord and reads them) and polly-bot (which retires them when it sees a change).
 *
 * <p>Layout, all in the {@code guild} region: the guild's current {@link AuthorityEpoch} under
 * {@code {guildId}:authority_epoch}, and one {@link MemberAuthority} per check window under {@code
 * {guildId}:{epoch}:{userId}:{window}:member_perms}. A window is {@code period} long, shifted per
 * (guild, user) so that the checks of one guild do not all fall due at the same instant. So:
 *
 * <ul>
 *   <li>an answer is loaded at most once per window and is never used once a new window began
 *       ({@link #current}); it is never older than {@code period};
 *   <li>{@link #forgetGuild} drops the epoch: every cached answer of the guild is retired at once;
 *   <li>{@link #forgetMember} drops one member's answers of the current epoch (the window before,
 *       the current one and the next, which absorbs clock skew between processes).
 * </ul>
 *
 * Every removal is announced on the event topic by the region, so all processes drop their near
 * copies. Like every region, nothing here throws because Redis failed: without Redis each call asks
 * the loader.
 */
public final class GuildAuthorityCache {
  private final CacheRegion<MemberAuthority> members;
  private final CacheRegion<AuthorityEpoch> epochs;
  private final Duration period;

  public GuildAuthorityCache(Caches caches, Duration period) {
    if (period.isNegative() || period.isZero()) {
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
   * cached under the epoch read before the check started (so a check racing a {@link #forgetGuild}
   * never lands where later lookups look). Exceptions of {@code check} propagate and nothing is
   * cached.
   */
  public MemberAuthority current(
      long guildId, long userId, Instant now, Supplier<MemberAuthority> check) {
    String epoch = epoch(guildId);
    return members.get(key(guildId, epoch, userId, window(guildId, userId, now)), check);
  }

  /**
   * The answer of the window before the one containing {@code now}, if it is still cached (it
   * expires with the region's TTL) and the epoch has not changed since.
   */
  public Optional<MemberAuthority> previous(long guildId, long userId, Instant now) {
    return epochs
        .getIfPresent(Long.toString(guildId))
        .flatMap(
            e ->
                members.getIfPresent(
                    key(guildId, e.epoch(), userId, window(guildId, userId, now) - 1)));
  }

  /** Retires the cached answers of one member (left the guild, roles changed). */
  public void forgetMember(long guildId, long userId, Instant now) {
    Optional<AuthorityEpoch> epoch = epochs.getIfPresent(Long.toString(guildId));
    if (epoch.isEmpty()) {
      return; // no epoch: no answer of this guild can be found any more
    }
    long window = window(guildId, userId, now);
    for (long w = window - 1; w <= window + 1; w++) {
      members.invalidate(key(guildId, epoch.get().epoch(), userId, w));
    }
  }

  /** Retires every cached answer of the guild (role permissions, owner or guild changed). */
  public void forgetGuild(long guildId) {
    epochs.invalidate(Long.toString(guildId));
  }

  private String epoch(long guildId) {
    return epochs
        .get(
            Long.toString(guildId), () -> new AuthorityEpoch(guildId, UUID.randomUUID().toString()))
        .epoch();
  }

  /** When the window containing {@code now} ends: the next check of that member is due then. */
  public Instant nextCheckAt(long guildId, long userId, Instant now) {
    long periodMillis = period.toMillis();
    long next = (window(guildId, userId, now) + 1) * periodMillis - offset(guildId, userId);
    return Instant.ofEpochMilli(next);
  }

  /** The window number of {@code now}, shifted by a per-(guild, user) offset within a period. */
  long window(long guildId, long userId, Instant now) {
    return Math.floorDiv(now.toEpochMilli() + offset(guildId, userId), period.toMillis());
  }

  private long offset(long guildId, long userId) {
    return Math.floorMod(Long.hashCode(guildId * 31 + userId), period.toMillis());
  }

  private static String key(long guildId, String epoch, long userId, long window) {
    return guildId + ":" + epoch + ":" + userId + ":" + window;
  }
}
