package dev.polly.common.domain;

/**
 * A guild a user belongs to, as Discord's {@code /users/@me/guilds} reports it; {@code canManage}
 * is true with Manage Server or Administrator.
 */
public record UserGuild(long id, String name, String icon, boolean canManage) {}
