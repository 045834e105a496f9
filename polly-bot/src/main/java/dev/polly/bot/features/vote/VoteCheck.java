package dev.polly.bot.features.vote;

import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollStatus;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether a click on a poll control may go ahead: the poll must exist in the guild the click comes
 * from and, for a vote, be a choice poll (a ranked poll takes ballots), be open and allow one of
 * the member's roles. The answer is either {@link Rejected} with the message to show, or {@link
 * Allowed} with the poll.
 */
final class VoteCheck {
  static final String GONE = "This poll no longer exists.";
  static final String CLOSED = "Sorry, this poll is closed, so it no longer takes votes.";
  static final String NOT_YET = "This poll is not open yet; please vote once it opens.";
  static final String RANKED = "This is a ranked poll: use its Rank button to rank the options.";

  /** The answer of a check. */
  sealed interface Outcome {
    /** The reply: {@code rejected}'s message, or what {@code allowed} makes of the poll. */
    String reply(Function<Poll, String> allowed);
  }

  /** The click is refused; {@code message} says why. */
  record Rejected(String message) implements Outcome {
    @Override
    public String reply(Function<Poll, String> allowed) {
      return message;
    }
  }

  /** The click may go ahead on {@code poll}. */
  record Allowed(Poll poll) implements Outcome {
    @Override
    public String reply(Function<Poll, String> allowed) {
      return allowed.apply(poll);
    }
  }

  private final PollLookup polls;

  VoteCheck(PollLookup polls) {
    this.polls = polls;
  }

  /** For showing the member's choices: the poll exists in {@code guildId} (null: no guild). */
  Outcome toView(long pollId, Long guildId) {
    Optional<Poll> poll = polls.find(pollId);
    if (poll.isEmpty() || guildId == null || poll.get().guildId() != guildId) {
      return new Rejected(GONE);
    }
    return new Allowed(poll.get());
  }

  /**
   * For a vote: as {@link #toView}, and the poll is active (a cached copy that is not is re-read
   * once, since it may have opened since) and, if it has an allowed role, {@code roleIds} holds it.
   */
  Outcome toVote(long pollId, Long guildId, List<Long> roleIds) {
    Optional<Poll> cached = polls.find(pollId);
    if (cached.isEmpty() || cached.get().status() != PollStatus.ACTIVE) {
      polls.forget(pollId);
    }
    Outcome found = toView(pollId, guildId);
    if (!(found instanceof Allowed allowed)) {
      return found;
    }
    Poll poll = allowed.poll();
    if (poll.ranked()) {
      return new Rejected(RANKED);
    }
    if (poll.status() != PollStatus.ACTIVE) {
      return new Rejected(closedMessage(poll));
    }
    if (poll.allowedRoleId() != null && !roleIds.contains(poll.allowedRoleId())) {
      return new Rejected(
          "Only members with the <@&" + poll.allowedRoleId() + "> role can vote in this poll.");
    }
    return found;
  }

  static String closedMessage(Poll poll) {
    return poll.status() == PollStatus.SCHEDULED ? NOT_YET : CLOSED;
  }
}
