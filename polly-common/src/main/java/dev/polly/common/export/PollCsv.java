package dev.polly.common.export;

import dev.polly.common.domain.OptionResult;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.PollStatus;
import dev.polly.common.domain.Vote;
import dev.polly.common.domain.ranked.StoredBallot;
import dev.polly.common.persistence.BallotDao;
import dev.polly.common.persistence.VoteDao;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A poll's CSV export, the same from the API and from {@code /poll export}: a header, one {@code
 * option} row per option, then one {@code vote} row per vote only when voters may be shown (the
 * poll is not anonymous and its results are visible). While results are hidden the counts are
 * empty.
 *
 * <p>A ranked poll's export has two more columns, {@code ballot} and {@code rank}: its option rows
 * carry the final round's counts, and while results are visible one {@code ballot} row follows per
 * ranked option of each ballot (ballot number, rank 1 = first choice). Only a poll that may name
 * its voters fills {@code user_id} and {@code voted_at} (the ballot's last change) there; an
 * anonymous poll's ballots come without them and in an order that says nothing of who voted when.
 * Cells are quoted as RFC 4180 asks, and a cell starting with {@code = + - @} is defused so that a
 * spreadsheet never runs it as a formula.
 */
public final class PollCsv {
  static final String HEADER = "type,position,label,emoji,votes,percent,user_id,voted_at\r\n";

  static final String RANKED_HEADER =
      "type,position,label,emoji,votes,percent,user_id,voted_at,ballot,rank\r\n";

  private final VoteDao votes;
  private final BallotDao ballots;

  public PollCsv(VoteDao votes, BallotDao ballots) {
    this.votes = votes;
    this.ballots = ballots;
  }

  /** Whether an export of {@code poll} may name its voters. */
  public static boolean showsVoters(Poll poll) {
    return !poll.anonymous() && !hidesResults(poll);
  }

  /** A hide-results poll hides its counts until it closes. */
  public static boolean hidesResults(Poll poll) {
    return poll.hideResults() && poll.status() != PollStatus.CLOSED;
  }

  public String write(Poll poll, PollResults results) {
    boolean hidden = hidesResults(poll);
    StringBuilder csv = new StringBuilder(poll.ranked() ? RANKED_HEADER : HEADER);
    for (OptionResult o : results.options()) {
      String count = hidden ? "" : Long.toString(o.votes());
      String percent = hidden ? "" : Double.toString(o.percent());
      if (poll.ranked()) {
        row(csv, "option", o.position(), o.label(), o.emoji(), count, percent, "", "", "", "");
      } else {
        row(csv, "option", o.position(), o.label(), o.emoji(), count, percent, "", "");
      }
    }
    if (poll.ranked()) {
      if (!hidden) {
        writeBallots(csv, poll, results);
      }
    } else if (showsVoters(poll)) {
      List<String> labels = results.options().stream().map(OptionResult::label).toList();
      for (Vote v : votes.listVotes(poll.id())) {
        String label = v.position() < labels.size() ? labels.get(v.position()) : "";
        row(
            csv,
            "vote",
            v.position(),
            label,
            "",
            "",
            "",
            Long.toString(v.userId()),
            v.votedAt().toString());
      }
    }
    return csv.toString();
  }

  private void writeBallots(StringBuilder csv, Poll poll, PollResults results) {
    List<StoredBallot> stored =
        showsVoters(poll)
            ? ballots.list(poll.id())
            : ballots.rankings(poll.id()).stream()
                .map(b -> new StoredBallot(0, b.ranking(), Instant.EPOCH))
                .toList();
    Map<Integer, OptionResult> options = new HashMap<>();
    results.options().forEach(o -> options.put(o.position(), o));
    int number = 0;
    for (StoredBallot ballot : stored) {
      number++;
      String user = showsVoters(poll) ? Long.toString(ballot.userId()) : "";
      String at = showsVoters(poll) ? ballot.updatedAt().toString() : "";
      for (int rank = 0; rank < ballot.ranking().size(); rank++) {
        OptionResult o = options.get(ballot.ranking().get(rank));
        String label = o == null ? "" : o.label();
        String emoji = o == null ? "" : o.emoji();
        int position = ballot.ranking().get(rank);
        row(csv, "ballot", position, label, emoji, "", "", user, at, number + "", rank + 1 + "");
      }
    }
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
}
