package dev.polly.common.domain;

/** A role of a guild; {@code mentionable} tells whether the bot may ping it. */
public record GuildRole(long id, String name, int position, boolean mentionable, boolean managed) {}
