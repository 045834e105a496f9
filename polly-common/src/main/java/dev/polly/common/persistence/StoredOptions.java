package dev.polly.common.persistence;

import dev.polly.common.domain.PollOption;
import java.util.ArrayList;
import java.util.List;

/** How options are stored: positions 0..n-1 in the order the manager gave them. */
final class StoredOptions {
  private StoredOptions() {}

  static List<PollOption> numbered(List<PollOption> options) {
    List<PollOption> result = new ArrayList<>(options.size());
    for (int i = 0; i < options.size(); i++) {
      result.add(new PollOption(i, options.get(i).label(), options.get(i).emoji()));
    }
    return result;
  }
}
