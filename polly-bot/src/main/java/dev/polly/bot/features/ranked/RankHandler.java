package dev.polly.bot.features.ranked;

import dev.polly.bot.discord.CustomId;
import dev.polly.bot.discord.RankingMessages;
import dev.polly.bot.features.ComponentHandler;
import dev.polly.bot.features.Replies;
import dev.polly.common.domain.Poll;
import dev.polly.common.persistence.BallotOutcome;
import dev.polly.common.persistence.PollDao;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.components.ComponentInteraction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * The controls of a ranked poll. "Rank" on the poll message opens an ephemeral prompt ({@link
 * RankingMessages}); each pick in its select menu, "Start over" and "Confirm" update that prompt in
 * place. Confirm stores the ranking as the member's ballot ({@link BallotService}) and shows it.
 * Every click is checked again ({@link RankCheck}): a refusal replaces the prompt with its reason.
 */
public final class RankHandler implements ComponentHandler {
  static final String MALFORMED = "This control is not a valid Polly control.";

  private final RankCheck check;
  private final BallotService ballots;
  private final RankingMessages messages;

  public RankHandler(PollDao polls, BallotService ballots, RankingMessages messages) {
    this.check = new RankCheck(polls);
    this.ballots = ballots;
    this.messages = messages;
  }

  @Override
  public Set<String> prefixes() {
    return CustomId.RANK_PREFIXES;
  }

  @Override
  public void onButton(ButtonInteractionEvent event) {
    Optional<CustomId> id = CustomId.parse(event.getComponentId());
    if (id.isPresent() && id.get() instanceof CustomId.Rank rank) {
      open(event, rank.pollId());
    } else if (id.isPresent() && id.get() instanceof CustomId.RankRedo redo) {
      withPoll(event, redo.pollId(), poll -> messages.progress(poll, List.of()));
    } else if (id.isPresent() && id.get() instanceof CustomId.RankConfirm confirm) {
      confirm(event, confirm);
    } else {
      Replies.ephemeral(event, MALFORMED);
    }
  }

  @Override
  public void onSelect(StringSelectInteractionEvent event) {
    Optional<CustomId> id = CustomId.parse(event.getComponentId());
    Optional<Integer> position = CustomId.onePosition(event.getValues());
    if (id.isEmpty()
        || !(id.get() instanceof CustomId.RankPick pick)
        || position.isEmpty()
        || pick.ranking().contains(position.get())) {
      Replies.ephemeral(event, MALFORMED);
      return;
    }
    List<Integer> ranking = new ArrayList<>(pick.ranking());
    ranking.add(position.get());
    withPoll(event, pick.pollId(), poll -> messages.progress(poll, ranking));
  }

  private void open(ButtonInteractionEvent event, long pollId) {
    RankCheck.Outcome outcome = check(event, pollId);
    if (outcome.refusal() != null) {
      Replies.ephemeral(event, outcome.refusal());
      return;
    }
    List<Integer> current = ballots.rankingOf(pollId, event.getUser().getIdLong());
    event.reply(messages.start(outcome.poll(), current)).setEphemeral(true).queue();
  }

  private void confirm(ButtonInteractionEvent event, CustomId.RankConfirm confirm) {
    RankCheck.Outcome outcome = check(event, confirm.pollId());
    if (outcome.refusal() != null) {
      event.editMessage(messages.done(outcome.refusal())).queue();
      return;
    }
    Poll poll = outcome.poll();
    BallotOutcome stored =
        ballots.submit(poll.id(), event.getUser().getIdLong(), confirm.ranking());
    String text =
        switch (stored) {
          case STORED -> "Your ballot: " + RankingMessages.ranking(poll, confirm.ranking());
          case NOT_ACTIVE -> RankCheck.CLOSED;
          case UNKNOWN_OPTION -> "That option does not exist in this poll.";
          case NOT_RANKED -> RankCheck.NOT_RANKED;
          case UNKNOWN_POLL -> RankCheck.GONE;
        };
    event.editMessage(messages.done(text)).queue();
  }

  /** Updates the prompt with {@code next} of the poll, or with the refusal. */
  private void withPoll(
      ComponentInteraction event, long pollId, Function<Poll, MessageEditData> next) {
    RankCheck.Outcome outcome = check(event, pollId);
    event
        .editMessage(
            outcome.refusal() != null
                ? messages.done(outcome.refusal())
                : next.apply(outcome.poll()))
        .queue();
  }

  private RankCheck.Outcome check(IReplyCallback event, long pollId) {
    Long guildId = event.getGuild() == null ? null : event.getGuild().getIdLong();
    return check.check(pollId, guildId, roleIds(event.getMember()));
  }

  private static List<Long> roleIds(Member member) {
    return member == null
        ? List.of()
        : member.getRoles().stream().map(ISnowflake::getIdLong).toList();
  }
}
