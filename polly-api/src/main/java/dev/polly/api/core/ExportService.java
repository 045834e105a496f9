package dev.polly.api.core;

import dev.polly.api.api.BallotView;
import dev.polly.api.api.FieldError;
import dev.polly.api.api.PollExport;
import dev.polly.api.api.PollRequest;
import dev.polly.api.api.PollView;
import dev.polly.api.api.ResultsView;
import dev.polly.api.api.VoteView;
import dev.polly.api.errors.ValidationFailedException;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.Session;
import dev.polly.common.export.PollCsv;
import dev.polly.common.persistence.BallotDao;
import dev.polly.common.persistence.VoteDao;
import java.util.List;

/**
 * Exports a poll as JSON or CSV and imports the JSON format back as a new scheduled poll. Voters
 * are listed only for polls that are not anonymous and whose results are visible; anonymous polls
 * export counts only (and a ranked poll's ballots without voter ids).
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

  public PollExport exportJson(Session session, long id) {
    Poll poll = polls.findToManage(session, id);
    ResultsView view = ResultsView.of(poll, results.load(poll));
    List<VoteView> voters =
        !PollCsv.showsVoters(poll)
            ? List.of()
            : votes.listVotes(id).stream()
                .map(v -> new VoteView(Long.toString(v.userId()), v.position(), v.votedAt()))
                .toList();
    return new PollExport(
        PollExport.FORMAT, asRequest(poll), poll.status().dbValue(), view, voters, ballots(poll));
  }

  /**
   * A ranked poll's ballots while its results are visible: with voter ids only when the poll may
   * name its voters, otherwise the rankings alone, in an order that says nothing of who voted when.
   */
  private List<BallotView> ballots(Poll poll) {
    if (!poll.ranked() || PollCsv.hidesResults(poll)) {
      return List.of();
    }
    if (!PollCsv.showsVoters(poll)) {
      return ballots.rankings(poll.id()).stream()
          .map(b -> new BallotView(null, b.ranking(), null))
          .toList();
    }
    return ballots.list(poll.id()).stream()
        .map(b -> new BallotView(Long.toString(b.userId()), b.ranking(), b.updatedAt()))
        .toList();
  }

  /** CSV in the format {@link PollCsv} writes, with the same visibility rules as the JSON. */
  public String exportCsv(Session session, long id) {
    Poll poll = polls.find(session, id);
    return csv.write(poll, results.load(poll));
  }

  /** Creates a scheduled poll from an export document's {@code poll} section. */
  public PollView importPoll(Session session, PollExport document) {
    if (document.poll() == null) {
      throw ValidationFailedException.of("poll", "is required");
    }
    if (document.format() != null && !PollExport.FORMAT.equals(document.format())) {
      throw ValidationFailedException.of("format", "must be " + PollExport.FORMAT);
    }
    if (document.poll().opensAt() == null) {
      throw ValidationFailedException.of(
          "poll.opens_at", "an imported poll needs a future open time");
    }
    try {
      return PollView.of(polls.createPoll(session, document.poll(), true));
    } catch (ValidationFailedException e) {
      throw new ValidationFailedException(
          e.errors().stream().map(f -> new FieldError("poll." + f.field(), f.message())).toList());
    }
  }

  static PollRequest asRequest(Poll p) {
    return PollRequests.of(p, p.opensAt().toString(), p.closesAt().toString(), null);
  }
}
