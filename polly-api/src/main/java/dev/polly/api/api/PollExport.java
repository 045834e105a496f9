package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The JSON export of a poll, also accepted by import (which reads only {@code poll}). {@code votes}
 * is empty for anonymous polls and while results are hidden, so voters are never revealed.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PollExport(
    String format, PollRequest poll, String status, ResultsView results, List<VoteView> votes) {
  public static final String FORMAT = "polly.poll.v1";
}
