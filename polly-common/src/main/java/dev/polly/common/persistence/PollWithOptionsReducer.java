package dev.polly.common.persistence;

import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.result.RowReducer;
import org.jdbi.v3.core.result.RowView;

/**
 * Folds the rows of {@code polls LEFT JOIN poll_options} (option columns aliased {@code
 * o_position}, {@code o_label}, {@code o_emoji}) into one {@link Poll} per id, keeping the row
 * order of the query, so that a poll and its options are read in one consistent statement.
 */
public class PollWithOptionsReducer
    implements RowReducer<Map<Long, PollWithOptionsReducer.Draft>, Poll> {

  /** A poll row and the options read so far. */
  record Draft(Poll poll, List<PollOption> options) {}

  @Override
  public Map<Long, Draft> container() {
    return new LinkedHashMap<>();
  }

  @Override
  public void accumulate(Map<Long, Draft> container, RowView row) {
    Draft draft =
        container.computeIfAbsent(
            row.getColumn("id", Long.class),
            id -> new Draft(row.getRow(Poll.class), new ArrayList<>()));
    Integer position = row.getColumn("o_position", Integer.class);
    if (position != null) {
      draft
          .options()
          .add(
              new PollOption(
                  position,
                  row.getColumn("o_label", String.class),
                  row.getColumn("o_emoji", String.class)));
    }
  }

  @Override
  public Stream<Poll> stream(Map<Long, Draft> container) {
    return container.values().stream().map(draft -> draft.poll().withOptions(draft.options()));
  }
}
