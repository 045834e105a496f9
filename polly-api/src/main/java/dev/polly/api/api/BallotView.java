package dev.polly.api.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * One ballot in an export of a ranked poll: option positions, first choice first. {@code user_id}
 * and {@code updated_at} are present only for a poll that may name its voters (not anonymous); an
 * anonymous poll's ballots carry the ranking alone.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BallotView(String userId, List<Integer> ranking, Instant updatedAt) {}
