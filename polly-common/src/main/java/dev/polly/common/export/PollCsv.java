package dev.polly.common.export;

import dev.polly.common.domain.OptionResult;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.PollStatus;
import dev.polly.common.domain.Vote;
import dev.polly.common.persistence.VoteDao;
import java.util.List;

/**
 * A poll's CSV export, the same from the API and from {@code /poll export}: a header, one {@code
 * option} row per option, then one {@code vote} row per vote only when voters may be shown (the
 * poll is not anonymous and its results are visible). While results are hidden the counts are
 * empty. Cells are quoted as RFC 4180 asks, and a cell starting with {@code = + - @} is defused so
 * that a spreadsheet never runs it as a formula.
 */
public final class PollCsv {
  static final String HEADER = "type,position,label,emoji,votes,percent,user_id,voted_at\r\n";

  private final VoteDao votes;

  public PollCsv(VoteDao votes) {
    this.votes = votes;
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
    StringBuilder csv = new StringBuilder(HEADER);
    for (OptionResult o : results.options()) {
      row(
          csv,
          "option",
          o.position(),
          o.label(),
          o.emoji(),
          hidden ? "" : Long.toString(o.votes()),
          hidden ? "" : Double.toString(o.percent()),
          "",
          "");
    }
    if (showsVoters(poll)) {
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
