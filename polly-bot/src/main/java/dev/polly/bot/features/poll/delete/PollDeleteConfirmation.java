package dev.polly.bot.features.poll.delete;

import dev.polly.bot.discord.CustomId;
import dev.polly.bot.features.ComponentHandler;
import dev.polly.bot.features.Replies;
import dev.polly.bot.features.poll.PollAccess;
import dev.polly.common.domain.Poll;
import dev.polly.common.events.EventBus;
import dev.polly.common.events.PollChanged;
import dev.polly.common.persistence.PollDao;
import dev.polly.common.store.PollResultsStore;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;

/**
 * The "Delete poll #n" button of {@code /poll delete}: checks again that the member may manage the
 * poll, deletes it (its message is recorded for editing in the same statement), tells every
 * instance, replaces the confirmation with the outcome, then marks the poll's message as deleted.
 */
public final class PollDeleteConfirmation implements ComponentHandler {
  private final PollAccess access;
  private final PollDao polls;
  private final PollResultsStore results;
  private final EventBus events;
  private final DeletedPollMessages deletedMessages;

  public PollDeleteConfirmation(
      PollAccess access,
      PollDao polls,
      PollResultsStore results,
      EventBus events,
      DeletedPollMessages deletedMessages) {
    this.access = access;
    this.polls = polls;
    this.results = results;
    this.events = events;
    this.deletedMessages = deletedMessages;
  }

  @Override
  public Set<String> prefixes() {
    return Set.of(CustomId.DELETE_PREFIX);
  }

  @Override
  public void onButton(ButtonInteractionEvent event) {
    Optional<CustomId> id = CustomId.parse(event.getComponentId());
    if (id.isEmpty() || !(id.get() instanceof CustomId.Delete delete)) {
      Replies.ephemeral(event, "This button is not one Polly made.");
      return;
    }
    long pollId = delete.pollId();
    Optional<Poll> poll = access.findManageable(event, pollId);
    if (poll.isEmpty()) {
      return;
    }
    if (!polls.delete(pollId)) {
      Replies.ephemeral(event, "Poll #" + pollId + " was already deleted.");
      return;
    }
    results.invalidate(pollId);
    events.publish(new PollChanged(pollId, poll.get().guildId(), PollChanged.Kind.DELETED));
    event.editMessage("Poll #" + pollId + " was deleted.").setComponents().queue();
    deletedMessages.handle(pollId);
  }

  @Override
  public void onSelect(StringSelectInteractionEvent event) {
    Replies.ephemeral(event, "This menu is not one Polly made.");
  }
}
