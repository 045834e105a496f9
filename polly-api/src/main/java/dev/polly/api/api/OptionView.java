package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** One option of a stored poll. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OptionView(int position, String label, String emoji) {}
