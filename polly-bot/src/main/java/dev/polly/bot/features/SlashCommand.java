package dev.polly.bot.features;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * One slash command, e.g. {@code /poll close}: its root ({@code poll}), its subcommand definition
 * and its handler. The {@link InteractionRouter} finds it by {@link #name()}.
 */
public interface SlashCommand {
  /** The top-level command this is a subcommand of, e.g. {@code poll}. */
  String root();

  /** The subcommand's name, description and options. */
  SubcommandData data();

  /**
   * Handles one invocation. Must acknowledge the interaction within 3 s (reply or modal); may
   * throw, in which case the router logs one line and replies with an ephemeral error.
   */
  void execute(SlashCommandInteractionEvent event);

  /** The full name JDA reports, e.g. {@code poll close}. */
  default String name() {
    return root() + " " + data().getName();
  }
}
