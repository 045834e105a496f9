package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A custom emoji of a guild. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EmojiView(String id, String name, boolean animated) {}
