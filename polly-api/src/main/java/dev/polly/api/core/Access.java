package dev.polly.api.core;

import dev.polly.api.errors.AccessDeniedException;
import dev.polly.api.errors.ResourceNotFoundException;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.Session;

/**
 * Authorisation rules: a user acts on a guild only if the login's guild list says they may manage
 * it. A poll of another guild is reported as not found, so its existence does not leak.
 */
public final class Access {
  private Access() {}

  public static void requireManage(Session session, long guildId) {
    if (!session.canManage(guildId)) {
      throw new AccessDeniedException("You cannot manage guild " + guildId);
    }
  }

  public static Poll visible(Session session, Poll poll) {
    if (!session.canManage(poll.guildId())) {
      throw new ResourceNotFoundException("No such poll");
    }
    return poll;
  }
}
