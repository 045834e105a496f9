package dev.polly.bot.features.ranked;

import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollStatus;
import dev.polly.common.persistence.PollDao;
import java.util.List;
import java.util.Optional;

/**
 * Whether a member may rank a poll now: it exists in the guild the click comes from, is a ranked
 * poll, is open, and, if it has an allowed role, the member holds it. Read fresh from PostgreSQL on
 * each click; storing the ballot checks the status again in its own statement.
 */
final class RankCheck {
  static final String GONE = "This poll no longer exists.";
  static final String NOT_RANKED = "This poll is not a ranked poll; vote with its buttons.";
  static final String CLOSED = "Sorry, this poll is closed, so it no longer takes ballots.";
  static final String NOT_YET = "This poll is not open yet; please rank once it opens.";

  /** The poll, or the message that refuses the click. */
  record Outcome(Poll poll, String refusal) {}

  private final PollDao polls;

  RankCheck(PollDao polls) {
    this.polls = polls;
  }

  Outcome check(long pollId, Long guildId, List<Long> roleIds) {
    Optional<Poll> found = polls.find(pollId);
    if (found.isEmpty() || guildId == null || found.get().guildId() != guildId) {
      return new Outcome(null, GONE);
    }
    Poll poll = found.get();
    if (!poll.ranked()) {
      return new Outcome(null, NOT_RANKED);
    }
    if (poll.status() != PollStatus.ACTIVE) {
      return new Outcome(null, poll.status() == PollStatus.SCHEDULED ? NOT_YET : CLOSED);
    }
    if (poll.allowedRoleId() != null && !roleIds.contains(poll.allowedRoleId())) {
      return new Outcome(
          null,
          "Only members with the <@&" + poll.allowedRoleId() + "> role can vote in this poll.");
    }
    return new Outcome(poll, null);
  }
}
