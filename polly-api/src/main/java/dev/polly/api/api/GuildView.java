package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A guild the user manages and the bot is in. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GuildView(String id, String name, String icon) {}
