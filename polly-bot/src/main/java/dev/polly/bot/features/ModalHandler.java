package dev.polly.bot.features;

import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;

/** Handles submits of modals whose {@code custom_id} starts with {@link #prefix()} and a colon. */
public interface ModalHandler {
  String prefix();

  void onSubmit(ModalInteractionEvent event);
}
