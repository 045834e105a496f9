package dev.polly.bot.features;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;

/**
 * Handles clicks on message components whose {@code custom_id} starts with one of {@link
 * #prefixes()} followed by a colon. Handlers parse the rest strictly.
 */
public interface ComponentHandler {
  java.util.Set<String> prefixes();

  void onButton(ButtonInteractionEvent event);

  void onSelect(StringSelectInteractionEvent event);
}
