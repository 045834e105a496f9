package dev.polly.api.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** A user's saved form draft: arbitrary JSON under a key of their choice. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DraftView(String key, JsonNode data, Instant updatedAt) {}
