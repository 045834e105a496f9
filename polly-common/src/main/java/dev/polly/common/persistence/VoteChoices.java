package dev.polly.common.persistence;

import java.util.ArrayList;
import java.util.List;

/** A voter's choices after one change, computed from the list read under the voter's lock. */
final class VoteChoices {
  private VoteChoices() {}

  static List<Integer> with(List<Integer> before, int position) {
    List<Integer> after = new ArrayList<>(before);
    after.add(position);
    after.sort(null);
    return after;
  }

  static List<Integer> without(List<Integer> before, int position) {
    List<Integer> after = new ArrayList<>(before);
    after.remove(Integer.valueOf(position));
    return after;
  }
}
