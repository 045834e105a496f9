package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A channel where the bot can post a poll (Discord type 0 text or 5 announcement). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChannelView(String id, String name, int type, int position) {}
