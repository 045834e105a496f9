package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One option of a poll being created: a label and an optional emoji. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OptionRequest(String label, String emoji) {}
