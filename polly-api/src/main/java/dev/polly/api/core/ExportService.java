package dev.polly.api.core;

import dev.polly.common.domain.Poll;
import dev.polly.common.domain.Session;
import dev.polly.common.export.ExportedPoll;
import dev.polly.common.export.PollCsv;
import dev.polly.common.persistence.BallotDao;
import dev.polly.common.persistence.VoteDao;
import java.util.List;

/**
 * What an export of a poll may show: voters are listed only for polls that are not anonymous and
 * whose results are visible; anonymous polls export counts only (and a ranked poll's ballots
 * without voter ids). JSON exports need the right to manage the poll now; CSV the right to see it.
 */
public final class ExportService {
  private final PollService polls;
  private final ResultsService results;
  private final VoteDao votes;
  private final BallotDao ballots;
  private final PollCsv csv;

  public ExportService(
      PollService polls, ResultsService results, VoteDao votes, BallotDao ballots) {
    this.polls = polls;
    this.results = results;
    this.votes = votes;
    this.ballots = ballots;
    this.csv = new PollCsv(votes, ballots);
  }

  /** The poll as a JSON export shows it, for a session that may manage it now. */
  public ExportedPoll export(Session session, long id) {
    Poll poll = polls.findToManage(session, id);
    boolean named = PollCsv.showsVoters(poll);
    boolean ballotsShown = poll.ranked() && !PollCsv.hidesResults(poll);
    return new ExportedPoll(
        poll,
        results.load(poll),
        named ? votes.listVotes(id) : List.of(),
        ballotsShown && named ? ballots.list(id) : List.of(),
        ballotsShown && !named ? ballots.rankings(id) : List.of());
  }

  /** CSV in the format {@link PollCsv} writes, with the same visibility rules as the JSON. */
  public String exportCsv(Session session, long id) {
    Poll poll = polls.find(session, id);
    return csv.write(poll, results.load(poll));
  }
}
