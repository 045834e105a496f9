package dev.polly.common.domain;

/** A custom emoji of a guild. */
public record GuildEmoji(long id, String name, boolean animated) {}
