package dev.polly.common.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A web login. {@code id} is the opaque random token given to the browser; {@code
 * manageableGuildIds} are the guilds where the user held Manage Server or Administrator at login.
 */
public record Session(
    String id,
    long userId,
    String username,
    String avatar,
    List<Long> manageableGuildIds,
    Instant createdAt,
    Instant expiresAt) {

  public Session {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(expiresAt, "expiresAt");
    manageableGuildIds = List.copyOf(manageableGuildIds);
  }

  public boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  public boolean canManage(long guildId) {
    return manageableGuildIds.contains(guildId);
  }
}
