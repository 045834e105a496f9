package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Body of {@code POST /api/polls/{id}/reopen}: the new close time, as {@code closes_at} or {@code
 * duration_minutes} from now.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReopenRequest(String closesAt, Integer durationMinutes) {}
