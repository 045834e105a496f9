package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.polly.common.domain.Poll;
import dev.polly.common.export.ExportedPoll;
import java.util.ArrayList;
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

  /** The export document of {@code e}, in {@link #FORMAT}. */
  public static PollExport of(ExportedPoll e) {
    Poll p = e.poll();
    PollRequest poll = PollRequest.of(p, p.opensAt().toString(), p.closesAt().toString(), null);
    List<VoteView> votes =
        e.votes().stream()
            .map(v -> new VoteView(Long.toString(v.userId()), v.position(), v.votedAt()))
            .toList();
    List<BallotView> ballots = new ArrayList<>();
    e.namedBallots()
        .forEach(
            b ->
                ballots.add(new BallotView(Long.toString(b.userId()), b.ranking(), b.updatedAt())));
    e.rankings().forEach(b -> ballots.add(new BallotView(null, b.ranking(), null)));
    return new PollExport(
        FORMAT, poll, p.status().dbValue(), ResultsView.of(p, e.results()), votes, ballots);
  }
}
