package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Result of one option; {@code votes} and {@code percent} are null while results are hidden. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OptionResultView(
    int position, String label, String emoji, Long votes, Double percent) {}
