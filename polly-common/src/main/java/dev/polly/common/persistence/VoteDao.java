package dev.polly.common.persistence;

import dev.polly.common.domain.Vote;
import java.util.List;
import java.util.Map;

/**
 * Votes in PostgreSQL. {@link #toggle} runs in one transaction that checks the poll is active,
 * switches a single-choice vote, and enforces {@code max_choices}, so concurrent clicks can never
 * break the invariants.
 *
 * <p>CONTRACT ONLY: see {@link PollDao}.
 */
public interface VoteDao {
  /**
   * Clicking option {@code position}: removes it if the user had chosen it, otherwise adds it
   * (replacing the previous choice on a single-choice poll), unless that would exceed max choices.
   */
  VoteOutcome toggle(long pollId, long userId, int position);

  /** The positions the user currently has chosen, ascending. */
  List<Integer> choicesOf(long pollId, long userId);

  /** Vote count per option position (positions without votes are absent). */
  Map<Integer, Long> countsByPosition(long pollId);

  /** Number of distinct users with at least one vote. */
  long distinctVoters(long pollId);

  /** Every vote, for exports of non-anonymous polls only. */
  List<Vote> listVotes(long pollId);
}
