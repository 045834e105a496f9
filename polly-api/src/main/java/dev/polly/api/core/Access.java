package dev.polly.api.core;

import dev.polly.api.core.GuildAuthority.Need;
import dev.polly.api.errors.AccessDeniedException;
import dev.polly.api.errors.ResourceNotFoundException;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.Session;

/**
 * Authorisation rules: a user acts on a guild only if their login listed it as manageable (a cheap
 * first filter that never calls Discord) and {@link GuildAuthority} confirms it from Discord, so a
 * removed Manage Server permission stops working within one check period, or at once when the bot
 * sees the change. Changes and exports need a current answer ({@link Need#CURRENT}); reads accept
 * the last known one while Discord is away ({@link Need#LAST_KNOWN}). A poll of another guild is
 * reported as not found, so its existence does not leak.
 */
public final class Access {
  private final GuildAuthority authority;

  public Access(GuildAuthority authority) {
    this.authority = authority;
  }

  /** For changes in the guild: 403 unless the user manages it now. */
  public void requireManage(Session session, long guildId) {
    require(session, guildId, Need.CURRENT);
  }

  /** For reading the guild's data and polls: 403 unless the user manages it. */
  public void requireView(Session session, long guildId) {
    require(session, guildId, Need.LAST_KNOWN);
  }

  /** The poll, for reading: 404 unless the user manages its guild. */
  public Poll visible(Session session, Poll poll) {
    return poll(session, poll, Need.LAST_KNOWN);
  }

  /** For reading a poll of {@code guildId}: 404 unless the user manages that guild. */
  public void visibleIn(Session session, long guildId) {
    if (!allowed(session, guildId, Need.LAST_KNOWN)) {
      throw new ResourceNotFoundException("No such poll");
    }
  }

  /** The poll, for changing or exporting: 404 unless the user manages its guild now. */
  public Poll manageable(Session session, Poll poll) {
    return poll(session, poll, Need.CURRENT);
  }

  private void require(Session session, long guildId, Need need) {
    if (!allowed(session, guildId, need)) {
      throw new AccessDeniedException("You cannot manage guild " + guildId);
    }
  }

  private Poll poll(Session session, Poll poll, Need need) {
    if (!allowed(session, poll.guildId(), need)) {
      throw new ResourceNotFoundException("No such poll");
    }
    return poll;
  }

  private boolean allowed(Session session, long guildId, Need need) {
    return session.canManage(guildId) && authority.canManage(guildId, session.userId(), need);
  }
}
