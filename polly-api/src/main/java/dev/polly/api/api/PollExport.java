package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The JSON export of a poll, also accepted by import (which reads only {@code poll}). {@code votes}
 * is empty for anonymous polls and while results are hidden, so voters are never revealed. {@code
 * ballots} holds a ranked poll's ballots while its results are visible (empty otherwise, and for a
 * choice poll), without voter ids for an anonymous poll.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PollExport(
    String format,
    PollRequest poll,
    String status,
    ResultsView results,
    List<VoteView> votes,
    List<BallotView> ballots) {
  public static final String FORMAT = "polly.poll.v1";
}
