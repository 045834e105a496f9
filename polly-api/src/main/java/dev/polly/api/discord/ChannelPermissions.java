package dev.polly.api.discord;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Discord's permission arithmetic for one member in one channel, as Discord documents it
 * ("Permission Overwrites"): the base permissions are the {@code @everyone} role's (whose id is the
 * guild id) ORed with those of the member's roles, everything for the guild owner or with
 * Administrator; a channel then applies the {@code @everyone} overwrite, then the member's role
 * overwrites combined (all denies, then all allows), then the member's own overwrite. Pure
 * functions.
 */
public final class ChannelPermissions {
  public static final long ADMINISTRATOR = 1L << 3;
  public static final long VIEW_CHANNEL = 1L << 10;
  public static final long SEND_MESSAGES = 1L << 11;
  public static final long EMBED_LINKS = 1L << 14;
  public static final long ALL = -1L;

  /** What the bot needs in a channel to post a poll there. */
  public static final long POST_POLL = VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS;

  /** A channel's permission overwrite; {@code member} false means a role overwrite. */
  public record Overwrite(long id, boolean member, long allow, long deny) {}

  /** A guild member as far as permissions go: their user id and role ids. */
  public record Member(long userId, Collection<Long> roleIds) {
    public Member {
      roleIds = List.copyOf(roleIds);
    }
  }

  /** A guild's owner and its roles' permission bits by role id ({@code @everyone} = guild id). */
  public record Guild(long id, long ownerId, Map<Long, Long> rolePermissions) {
    public Guild {
      rolePermissions = Map.copyOf(rolePermissions);
    }
  }

  private ChannelPermissions() {}

  /** The member's guild-wide permissions. */
  public static long base(Guild guild, Member member) {
    if (member.userId() == guild.ownerId()) {
      return ALL;
    }
    long permissions = guild.rolePermissions().getOrDefault(guild.id(), 0L);
    for (long role : member.roleIds()) {
      permissions |= guild.rolePermissions().getOrDefault(role, 0L);
    }
    return (permissions & ADMINISTRATOR) != 0 ? ALL : permissions;
  }

  /** The member's permissions in a channel with these overwrites. */
  public static long inChannel(Guild guild, Member member, List<Overwrite> overwrites) {
    long permissions = base(guild, member);
    if ((permissions & ADMINISTRATOR) != 0) {
      return ALL;
    }
    for (Overwrite o : overwrites) {
      if (!o.member() && o.id() == guild.id()) {
        permissions = (permissions & ~o.deny()) | o.allow();
      }
    }
    long allow = 0;
    long deny = 0;
    for (Overwrite o : overwrites) {
      if (!o.member() && o.id() != guild.id() && member.roleIds().contains(o.id())) {
        allow |= o.allow();
        deny |= o.deny();
      }
    }
    permissions = (permissions & ~deny) | allow;
    for (Overwrite o : overwrites) {
      if (o.member() && o.id() == member.userId()) {
        permissions = (permissions & ~o.deny()) | o.allow();
      }
    }
    return permissions;
  }

  /** Whether the member may view, send and embed in the channel: what posting a poll takes. */
  public static boolean canPostPoll(Guild guild, Member member, List<Overwrite> overwrites) {
    Objects.requireNonNull(overwrites, "overwrites");
    return (inChannel(guild, member, overwrites) & POST_POLL) == POST_POLL;
  }
}
