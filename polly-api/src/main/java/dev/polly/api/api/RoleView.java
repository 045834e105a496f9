package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A role the bot can ping. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RoleView(String id, String name, int position) {}
