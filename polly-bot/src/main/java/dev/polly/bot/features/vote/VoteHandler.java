package dev.polly.bot.features.vote;

import dev.polly.bot.discord.CustomId;
import dev.polly.bot.features.ComponentHandler;
import dev.polly.bot.features.Replies;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollOption;
import dev.polly.common.domain.PollStatus;
import dev.polly.common.persistence.VoteOutcome;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/**
 * Option buttons, the option select menu and the "my vote" button. Parses the {@code custom_id}
 * strictly, checks the poll (exists here, open, allowed role), records the click through {@link
 * VoteService} and answers with an ephemeral reply listing the member's current choices.
 */
public final class VoteHandler implements ComponentHandler {
  static final String MALFORMED = "This button is not a valid Polly control.";

  private final PollLookup polls;
  private final VoteService votes;

  public VoteHandler(PollLookup polls, VoteService votes) {
    this.polls = polls;
    this.votes = votes;
  }

  @Override
  public Set<String> prefixes() {
    return Set.of("vote", "pick", "mine");
  }

  @Override
  public void onButton(ButtonInteractionEvent event) {
    Optional<CustomId> id = CustomId.parse(event.getComponentId());
    if (id.isEmpty() || id.get() instanceof CustomId.Pick) {
      Replies.ephemeral(event, MALFORMED);
    } else if (id.get() instanceof CustomId.Vote vote) {
      vote(event, vote.pollId(), vote.position());
    } else {
      showMine(event, id.get().pollId());
    }
  }

  @Override
  public void onSelect(StringSelectInteractionEvent event) {
    Optional<CustomId> id = CustomId.parse(event.getComponentId());
    List<String> values = event.getValues();
    Optional<Integer> position =
        values.size() == 1 ? CustomId.parsePosition(values.get(0)) : Optional.empty();
    if (id.isEmpty() || !(id.get() instanceof CustomId.Pick) || position.isEmpty()) {
      Replies.ephemeral(event, MALFORMED);
      return;
    }
    vote(event, id.get().pollId(), position.get());
  }

  private void vote(IReplyCallback event, long pollId, int position) {
    Optional<Poll> found = openPoll(event, pollId);
    if (found.isEmpty()) {
      return;
    }
    Poll poll = found.get();
    if (poll.allowedRoleId() != null && !hasRole(event.getMember(), poll.allowedRoleId())) {
      Replies.ephemeral(
          event,
          "Only members with the <@&" + poll.allowedRoleId() + "> role can vote in this poll.");
      return;
    }
    VoteOutcome outcome = votes.toggle(pollId, event.getUser().getIdLong(), position);
    if (outcome.result() == VoteOutcome.Result.REJECTED_NOT_ACTIVE) {
      polls.forget(pollId);
      Replies.ephemeral(event, "Sorry, this poll is closed, so it no longer takes votes.");
      return;
    }
    Replies.ephemeral(event, describe(poll, outcome));
  }

  private void showMine(IReplyCallback event, long pollId) {
    Optional<Poll> poll = poll(event, pollId);
    poll.ifPresent(
        p ->
            Replies.ephemeral(
                event, choicesLine(p, votes.choicesOf(pollId, event.getUser().getIdLong()))));
  }

  private Optional<Poll> poll(IReplyCallback event, long pollId) {
    Optional<Poll> poll = polls.find(pollId);
    if (poll.isEmpty()
        || event.getGuild() == null
        || poll.get().guildId() != event.getGuild().getIdLong()) {
      Replies.ephemeral(event, "This poll no longer exists.");
      return Optional.empty();
    }
    return poll;
  }

  private Optional<Poll> openPoll(IReplyCallback event, long pollId) {
    Optional<Poll> cached = polls.find(pollId);
    if (cached.isEmpty() || cached.get().status() != PollStatus.ACTIVE) {
      polls.forget(pollId);
    }
    Optional<Poll> poll = poll(event, pollId);
    if (poll.isPresent() && poll.get().status() != PollStatus.ACTIVE) {
      Replies.ephemeral(event, closedMessage(poll.get()));
      return Optional.empty();
    }
    return poll;
  }

  static String describe(Poll poll, VoteOutcome outcome) {
    return switch (outcome.result()) {
      case ADDED, SWITCHED, REMOVED -> choicesLine(poll, outcome.choices());
      case REJECTED_MAX_CHOICES ->
          "You can pick at most "
              + poll.maxChoices()
              + " options in this poll; click one of your choices to remove it first. "
              + choicesLine(poll, outcome.choices());
      case REJECTED_NOT_ACTIVE -> closedMessage(poll);
      case REJECTED_UNKNOWN_OPTION -> "That option does not exist in this poll.";
      case REJECTED_UNKNOWN_POLL -> "This poll no longer exists.";
    };
  }

  static String closedMessage(Poll poll) {
    return poll.status() == PollStatus.SCHEDULED
        ? "This poll is not open yet; please vote once it opens."
        : "Sorry, this poll is closed, so it no longer takes votes.";
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

  private static boolean hasRole(Member member, long roleId) {
    return member != null && member.getRoles().stream().anyMatch(r -> r.getIdLong() == roleId);
  }
}
