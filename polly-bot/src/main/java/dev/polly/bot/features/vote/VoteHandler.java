package dev.polly.bot.features.vote;

import dev.polly.bot.discord.CustomId;
import dev.polly.bot.features.ComponentHandler;
import dev.polly.bot.features.Replies;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollOption;
import dev.polly.common.persistence.VoteOutcome;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/**
 * Option buttons, the option select menu and the "my vote" button. Parses the {@code custom_id}
 * strictly ({@link CustomId}); a malformed one is refused at once. Any other click is acknowledged
 * first ({@link DeferredAnswers}: a deferred ephemeral reply) and answered once its work is done on
 * the vote workers: {@link VoteCheck} decides whether the click may go ahead, {@link VoteService}
 * records it, and the answer is the refusal or the member's current choices ("Your vote: B"), or
 * {@link #NOT_SAVED} when storing failed. A member is told a vote is saved only after it committed.
 */
public final class VoteHandler implements ComponentHandler {
  static final String MALFORMED = "This button is not a valid Polly control.";
  static final String NOT_SAVED =
      "Your vote was not saved because of a problem on Polly's side; please try again.";
  static final String NOT_READ =
      "Polly could not read your vote because of a problem on its side; please try again.";

  private final VoteCheck check;
  private final PollLookup polls;
  private final VoteService votes;
  private final DeferredAnswers answers;

  public VoteHandler(
      PollLookup polls, VoteService votes, VoteWorkers workers, AnswerQueue answerQueue) {
    this.check = new VoteCheck(polls);
    this.polls = polls;
    this.votes = votes;
    this.answers = new DeferredAnswers(workers, answerQueue);
  }

  @Override
  public Set<String> prefixes() {
    return CustomId.VOTE_PREFIXES;
  }

  @Override
  public void onButton(ButtonInteractionEvent event) {
    Optional<CustomId> id = CustomId.parse(event.getComponentId());
    if (id.isPresent() && id.get() instanceof CustomId.Vote vote) {
      answers.answer(
          event, vote.pollId(), () -> vote(event, vote.pollId(), vote.position()), NOT_SAVED);
    } else if (id.isPresent() && id.get() instanceof CustomId.Mine mine) {
      answers.answer(event, mine.pollId(), () -> mine(event, mine.pollId()), NOT_READ);
    } else {
      Replies.ephemeral(event, MALFORMED);
    }
  }

  @Override
  public void onSelect(StringSelectInteractionEvent event) {
    Optional<CustomId> id = CustomId.parse(event.getComponentId());
    Optional<Integer> position = CustomId.onePosition(event.getValues());
    if (id.isPresent() && id.get() instanceof CustomId.Pick pick && position.isPresent()) {
      long pollId = pick.pollId();
      answers.answer(event, pollId, () -> vote(event, pollId, position.get()), NOT_SAVED);
    } else {
      Replies.ephemeral(event, MALFORMED);
    }
  }

  private String vote(IReplyCallback event, long pollId, int position) {
    long userId = event.getUser().getIdLong();
    return check
        .toVote(pollId, guildId(event), roleIds(event.getMember()))
        .reply(poll -> record(poll, userId, position));
  }

  private String record(Poll poll, long userId, int position) {
    VoteOutcome outcome = votes.toggle(poll.id(), userId, position);
    if (outcome.result() == VoteOutcome.Result.REJECTED_NOT_ACTIVE) {
      polls.forget(poll.id());
      return VoteCheck.CLOSED;
    }
    return describe(poll, outcome);
  }

  private String mine(IReplyCallback event, long pollId) {
    long userId = event.getUser().getIdLong();
    return check
        .toView(pollId, guildId(event))
        .reply(poll -> choicesLine(poll, votes.choicesOf(pollId, userId)));
  }

  static String describe(Poll poll, VoteOutcome outcome) {
    return switch (outcome.result()) {
      case ADDED, SWITCHED, REMOVED -> choicesLine(poll, outcome.choices());
      case REJECTED_MAX_CHOICES ->
          "You can pick at most "
              + poll.maxChoices()
              + " options in this poll; click one of your choices to remove it first. "
              + choicesLine(poll, outcome.choices());
      case REJECTED_NOT_ACTIVE -> VoteCheck.closedMessage(poll);
      case REJECTED_UNKNOWN_OPTION -> "That option does not exist in this poll.";
      case REJECTED_UNKNOWN_POLL -> VoteCheck.GONE;
    };
  }

  static String choicesLine(Poll poll, List<Integer> choices) {
    if (choices.isEmpty()) {
      return "You have no vote in this poll.";
    }
    String labels =
        poll.options().stream()
            .filter(o -> choices.contains(o.position()))
            .map(PollOption::label)
            .collect(Collectors.joining(", "));
    return "Your vote: " + labels;
  }

  private static Long guildId(IReplyCallback event) {
    return event.getGuild() == null ? null : event.getGuild().getIdLong();
  }

  private static List<Long> roleIds(Member member) {
    return member == null
        ? List.of()
        : member.getRoles().stream().map(ISnowflake::getIdLong).toList();
  }
}
