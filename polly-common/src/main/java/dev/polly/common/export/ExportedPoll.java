package dev.polly.common.export;

import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.Vote;
import dev.polly.common.domain.ranked.RankedBallot;
import dev.polly.common.domain.ranked.StoredBallot;
import java.util.List;

/**
 * A poll as an export may show it: its results, and of its voters only what the poll allows. {@code
 * votes} and {@code namedBallots} are filled only for a poll that may name its voters ({@link
 * PollCsv#showsVoters}); {@code rankings} holds an anonymous ranked poll's ballots without voter
 * ids, in an order that says nothing of who voted when. Ballots of either kind are present only
 * while the results are visible.
 */
public record ExportedPoll(
    Poll poll,
    PollResults results,
    List<Vote> votes,
    List<StoredBallot> namedBallots,
    List<RankedBallot> rankings) {
  public ExportedPoll {
    votes = List.copyOf(votes);
    namedBallots = List.copyOf(namedBallots);
    rankings = List.copyOf(rankings);
  }
}
