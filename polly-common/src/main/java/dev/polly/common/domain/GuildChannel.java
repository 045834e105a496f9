package dev.polly.common.domain;

/** A text channel the bot can post in; {@code type} is Discord's channel type number. */
public record GuildChannel(long id, String name, int type, int position) {}
