package dev.polly.bot.features.poll.create;

import dev.polly.bot.features.ModalHandler;
import dev.polly.bot.features.Replies;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;

/** The options form of {@code /poll create}: completes the pending request and creates the poll. */
public final class PollCreateModal implements ModalHandler {
  private final PollCreator creator;
  private final PendingRequests pending;

  PollCreateModal(PollCreator creator, PendingRequests pending) {
    this.creator = creator;
    this.pending = pending;
  }

  @Override
  public String prefix() {
    return PollCreateCommand.MODAL_PREFIX;
  }

  @Override
  public void onSubmit(ModalInteractionEvent event) {
    String key = event.getModalId().substring(prefix().length() + 1);
    Optional<PollRequest> request = pending.take(key);
    ModalMapping options = event.getValue(PollCreateCommand.OPTIONS_FIELD);
    if (request.isEmpty()) {
      Replies.ephemeral(event, "This form has expired; please run /poll create again.");
      return;
    }
    if (options == null) {
      Replies.ephemeral(event, "The form came back without options; please try again.");
      return;
    }
    creator.create(event, request.get().withOptions(options.getAsString()));
  }
}
