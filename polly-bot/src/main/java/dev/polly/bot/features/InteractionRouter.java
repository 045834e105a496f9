package dev.polly.bot.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single JDA listener for interactions: routes slash commands by full name, components and
 * modals by the {@code custom_id} prefix, each through a {@link Map}. No exception escapes a
 * handler: it is logged in one line with the interaction, user and guild ids, and the member gets
 * an ephemeral error. On ready, shard 0 registers the commands.
 */
public final class InteractionRouter extends ListenerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(InteractionRouter.class);
  static final String FAILURE = "Something went wrong on Polly's side; please try again.";

  private final Map<String, SlashCommand> commands = new HashMap<>();
  private final Map<String, ComponentHandler> components = new HashMap<>();
  private final Map<String, ModalHandler> modals = new HashMap<>();
  private final Map<String, String> descriptions;

  public InteractionRouter(
      List<SlashCommand> commands,
      List<ComponentHandler> components,
      List<ModalHandler> modals,
      Map<String, String> rootDescriptions) {
    commands.forEach(c -> this.commands.put(c.name(), c));
    components.forEach(h -> h.prefixes().forEach(p -> this.components.put(p, h)));
    modals.forEach(h -> this.modals.put(h.prefix(), h));
    this.descriptions = Map.copyOf(rootDescriptions);
  }

  /** The command tree to register: one root per distinct {@link SlashCommand#root()}. */
  public List<SlashCommandData> commandData() {
    Map<String, SlashCommandData> roots = new LinkedHashMap<>();
    for (SlashCommand command : commands.values()) {
      roots
          .computeIfAbsent(
              command.root(),
              r ->
                  Commands.slash(r, descriptions.getOrDefault(r, "Polly"))
                      .setContexts(InteractionContextType.GUILD))
          .addSubcommands(command.data());
    }
    return new ArrayList<>(roots.values());
  }

  @Override
  public void onReady(ReadyEvent event) {
    if (event.getJDA().getShardInfo().getShardId() == 0) {
      event
          .getJDA()
          .updateCommands()
          .addCommands(commandData())
          .queue(ok -> {}, e -> LOG.warn("Registering slash commands failed: {}", e.toString()));
    }
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    SlashCommand command = commands.get(event.getFullCommandName());
    guarded(
        event, command == null ? null : command::execute, "command " + event.getFullCommandName());
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    ComponentHandler handler = components.get(prefix(event.getComponentId()));
    guarded(event, handler == null ? null : handler::onButton, event.getComponentId());
  }

  @Override
  public void onStringSelectInteraction(StringSelectInteractionEvent event) {
    ComponentHandler handler = components.get(prefix(event.getComponentId()));
    guarded(event, handler == null ? null : handler::onSelect, event.getComponentId());
  }

  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    ModalHandler handler = modals.get(prefix(event.getModalId()));
    guarded(event, handler == null ? null : handler::onSubmit, event.getModalId());
  }

  private static String prefix(String customId) {
    int colon = customId.indexOf(':');
    return colon < 0 ? customId : customId.substring(0, colon);
  }

  private static <E extends IReplyCallback> void guarded(
      E event, Consumer<E> handler, String what) {
    if (handler == null) {
      Replies.ephemeral(event, "Polly does not know this interaction (" + trim(what) + ").");
      return;
    }
    try {
      handler.accept(event);
    } catch (RuntimeException e) {
      LOG.error(
          "Interaction {} ({}) by user {} in guild {} failed: {}",
          event.getId(),
          withoutChoice(what),
          event.getUser().getId(),
          event.getGuild() == null ? "-" : event.getGuild().getId(),
          e.toString());
      try {
        Replies.ephemeral(event, FAILURE);
      } catch (RuntimeException replyFailure) {
        LOG.warn(
            "Error reply for interaction {} failed: {}", event.getId(), replyFailure.toString());
      }
    }
  }

  /**
   * A component id as it may appear next to a user id in a log line: the poll, never the option
   * ({@code vote:12:3} becomes {@code vote:12}), so a failed vote in an anonymous poll does not say
   * who chose what.
   */
  static String withoutChoice(String what) {
    return trim(what.replaceFirst("^([a-z]+:\\d+):.*$", "$1"));
  }

  private static String trim(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
