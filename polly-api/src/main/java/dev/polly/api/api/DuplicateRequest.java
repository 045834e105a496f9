package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Optional body of {@code POST /api/polls/{id}/duplicate}: times of the copy (defaults: opens in
 * one hour, same duration).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DuplicateRequest(String opensAt, String closesAt, Integer durationMinutes) {}
