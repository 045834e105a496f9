package dev.polly.common.domain;

import java.util.List;

/** The guilds of one user, cached in the {@code user_guilds} region. */
public record UserGuilds(long userId, List<UserGuild> guilds) {
  public UserGuilds {
    guilds = List.copyOf(guilds);
  }
}
