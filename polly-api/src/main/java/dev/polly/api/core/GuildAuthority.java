package dev.polly.api.core;

import dev.polly.api.discord.GuildSource;
import dev.polly.api.errors.DiscordRateLimitedException;
import dev.polly.api.errors.DiscordUnavailableException;
import dev.polly.api.errors.PermissionUnverifiedException;
import dev.polly.common.authority.GuildAuthorityCache;
import dev.polly.common.domain.MemberAuthority;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a user may manage a guild now, re-established from Discord with the bot token ({@link
 * GuildSource#memberCanManage}) at most once per check period (the {@code guild} region's TTL) and
 * cached in {@link GuildAuthorityCache}; the bot retires cached answers at once when it sees a
 * member leave or a role change.
 *
 * <p>When a check is due and Discord cannot answer, {@link Need#CURRENT} refuses with {@link
 * PermissionUnverifiedException} (503); {@link Need#LAST_KNOWN} falls back on the answer of the
 * previous check if it is younger than the period, and refuses the same way otherwise.
 */
public final class GuildAuthority {
  private static final Logger LOG = LoggerFactory.getLogger(GuildAuthority.class);

  /** How fresh an answer must be. */
  public enum Need {
    /** Changes and exports: an answer of the current check period. */
    CURRENT,
    /** Reads: the current answer, or while Discord is away one younger than the period. */
    LAST_KNOWN
  }

  private final GuildSource source;
  private final GuildAuthorityCache cache;
  private final Clock clock;

  public GuildAuthority(GuildSource source, GuildAuthorityCache cache, Clock clock) {
    this.source = source;
    this.cache = cache;
    this.clock = clock;
  }

  /**
   * Whether {@code userId} may manage {@code guildId}; throws {@link PermissionUnverifiedException}
   * when no answer fresh enough for {@code need} can be had.
   */
  public boolean canManage(long guildId, long userId, Need need) {
    Instant now = clock.instant();
    try {
      return cache.current(guildId, userId, now, () -> check(guildId, userId, now)).canManage();
    } catch (DiscordUnavailableException | DiscordRateLimitedException e) {
      Optional<MemberAuthority> last =
          need == Need.LAST_KNOWN
              ? cache
                  .previous(guildId, userId, now)
                  .filter(a -> a.checkedAt().isAfter(now.minus(cache.period())))
              : Optional.empty();
      if (last.isPresent()) {
        return last.get().canManage();
      }
      LOG.warn("Could not confirm a member's permission in guild {}: {}", guildId, e.getMessage());
      throw new PermissionUnverifiedException(
          "Discord could not be reached to confirm your Manage Server permission; retry shortly");
    }
  }

  private MemberAuthority check(long guildId, long userId, Instant now) {
    return new MemberAuthority(guildId, userId, source.memberCanManage(guildId, userId), now);
  }
}
