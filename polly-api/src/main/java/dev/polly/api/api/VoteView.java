package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** One vote in an export of a non-anonymous poll. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record VoteView(String userId, int position, Instant votedAt) {}
