package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** How a visitor can sign in: with Discord (a client id is configured) and/or as the demo user. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AuthOptionsView(boolean discordLogin, boolean demo) {}
