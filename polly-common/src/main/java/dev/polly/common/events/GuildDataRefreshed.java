package dev.polly.common.events;

/** The bot refreshed the cached channels, roles or emojis of a guild. */
public record GuildDataRefreshed(long guildId) implements PollyEvent {}
