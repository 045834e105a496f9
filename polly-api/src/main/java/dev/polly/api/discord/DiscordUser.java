package dev.polly.api.discord;

/** The logged-in user as {@code /users/@me} reports it. {@code avatar} may be null. */
public record DiscordUser(long id, String username, String avatar) {}
