package dev.polly.api.core;

import dev.polly.api.api.FieldError;
import dev.polly.api.api.OptionResultView;
import dev.polly.api.api.PollExport;
import dev.polly.api.api.PollRequest;
import dev.polly.api.api.PollView;
import dev.polly.api.api.ResultsView;
import dev.polly.api.api.VoteView;
import dev.polly.api.errors.ValidationFailedException;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.Session;
import dev.polly.common.persistence.VoteDao;
import java.util.List;

/**
 * Exports a poll as JSON or CSV and imports the JSON format back as a new scheduled poll. Voters
 * are listed only for polls that are not anonymous and whose results are visible; anonymous polls
 * export counts only.
 */
public final class ExportService {
  private final PollService polls;
  private final ResultsService results;
  private final VoteDao votes;

  public ExportService(PollService polls, ResultsService results, VoteDao votes) {
    this.polls = polls;
    this.results = results;
    this.votes = votes;
  }

  public PollExport exportJson(Session session, long id) {
    Poll poll = polls.find(session, id);
    ResultsView view = ResultsView.of(poll, results.load(poll));
    List<VoteView> voters =
        poll.anonymous() || view.hidden()
            ? List.of()
            : votes.listVotes(id).stream()
                .map(v -> new VoteView(Long.toString(v.userId()), v.position(), v.votedAt()))
                .toList();
    return new PollExport(
        PollExport.FORMAT, asRequest(poll), poll.status().dbValue(), view, voters);
  }

  /**
   * CSV: one {@code option} row per option and, when voters may be shown, one {@code vote} row
   * each.
   */
  public String exportCsv(Session session, long id) {
    PollExport export = exportJson(session, id);
    StringBuilder csv =
        new StringBuilder("type,position,label,emoji,votes,percent,user_id,voted_at\r\n");
    List<String> labels = export.results().options().stream().map(OptionResultView::label).toList();
    for (OptionResultView o : export.results().options()) {
      row(
          csv,
          "option",
          o.position(),
          o.label(),
          o.emoji(),
          orEmpty(o.votes()),
          orEmpty(o.percent()),
          "",
          "");
    }
    for (VoteView v : export.votes()) {
      String label = v.position() < labels.size() ? labels.get(v.position()) : "";
      row(csv, "vote", v.position(), label, "", "", "", v.userId(), v.votedAt().toString());
    }
    return csv.toString();
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

  private static void row(StringBuilder csv, String type, int position, String... cells) {
    csv.append(type).append(',').append(position);
    for (String cell : cells) {
      csv.append(',').append(cell(cell));
    }
    csv.append("\r\n");
  }

  /** Quotes a cell and defuses spreadsheet formulas ({@code = + - @} at the start). */
  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String v = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (v.contains(",")
        || v.contains("\"")
        || v.contains("\n")
        || v.contains("\r")
        || !v.equals(value)) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  private static String orEmpty(Object o) {
    return o == null ? "" : o.toString();
  }
}
