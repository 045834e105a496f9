package dev.polly.bot.features.poll.create;

import dev.polly.bot.features.Replies;
import dev.polly.bot.features.SlashCommand;
import dev.polly.bot.features.poll.PollAccess;
import java.util.function.Function;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.modals.Modal;

/**
 * {@code /poll create}: the question and flags as arguments, the options either as an argument
 * ({@code A | B | C}) or, when absent, through a modal with one option per line; {@code
 * kind:ranked} makes a ranked-choice poll. Needs Manage Server.
 */
public final class PollCreateCommand implements SlashCommand {
  static final String MODAL_PREFIX = "create";
  static final String OPTIONS_FIELD = "options";

  private final PollCreator creator;
  private final PendingRequests pending;

  PollCreateCommand(PollCreator creator, PendingRequests pending) {
    this.creator = creator;
    this.pending = pending;
  }

  @Override
  public String root() {
    return "poll";
  }

  @Override
  public SubcommandData data() {
    return new SubcommandData("create", "Create a poll")
        .addOption(OptionType.STRING, "question", "What to ask", true)
        .addOption(OptionType.STRING, "options", "Options separated by | (or leave out for a form)")
        .addOption(OptionType.STRING, "title", "Title of the poll")
        .addOption(OptionType.BOOLEAN, "anonymous", "Hide who voted for what")
        .addOption(OptionType.BOOLEAN, "hide-results", "Hide counts until the poll closes")
        .addOption(OptionType.INTEGER, "max-choices", "How many options a member may pick")
        .addOption(OptionType.STRING, "duration", "How long it runs, e.g. 2h or 1d12h")
        .addOption(OptionType.STRING, "close-at", "Close time, e.g. 2026-12-24 18:00")
        .addOption(OptionType.STRING, "open-at", "Open later, e.g. 2026-12-20 09:00")
        .addOption(OptionType.STRING, "timezone", "Timezone of the times you type")
        .addOption(OptionType.ROLE, "allowed-role", "Only this role may vote")
        .addOption(OptionType.ROLE, "ping-role", "Role to ping when the poll opens and closes")
        .addOption(OptionType.STRING, "image", "Image URL")
        .addOption(
            OptionType.STRING, "remind", "Post a reminder this long before the close, e.g. 30m")
        .addOptions(
            new OptionData(OptionType.STRING, "kind", "Pick options (choice) or rank them (ranked)")
                .addChoice("choice", "choice")
                .addChoice("ranked", "ranked"));
  }

  @Override
  public void execute(SlashCommandInteractionEvent event) {
    if (!PollAccess.isManager(event.getMember())) {
      Replies.ephemeral(event, "Creating polls needs the Manage Server permission.");
      return;
    }
    PollRequest request = request(event);
    if (request.options() != null) {
      creator.create(event, request);
      return;
    }
    String key = event.getId();
    pending.put(key, request);
    TextInput options =
        TextInput.create(OPTIONS_FIELD, TextInputStyle.PARAGRAPH)
            .setPlaceholder("One option per line (2 to 25)")
            .setRequired(true)
            .setMaxLength(2500)
            .build();
    event
        .replyModal(
            Modal.create(MODAL_PREFIX + ":" + key, "Poll options")
                .addComponents(Label.of("Options", options))
                .build())
        .queue();
  }

  private static PollRequest request(SlashCommandInteractionEvent event) {
    Function<String, OptionMapping> opt = event::getOption;
    return new PollRequest(
        string(opt.apply("question")),
        string(opt.apply("options")),
        string(opt.apply("title")),
        opt.apply("anonymous") == null ? null : opt.apply("anonymous").getAsBoolean(),
        opt.apply("hide-results") == null ? null : opt.apply("hide-results").getAsBoolean(),
        opt.apply("max-choices") == null ? null : opt.apply("max-choices").getAsInt(),
        string(opt.apply("duration")),
        string(opt.apply("close-at")),
        string(opt.apply("open-at")),
        string(opt.apply("timezone")),
        id(opt.apply("allowed-role")),
        id(opt.apply("ping-role")),
        string(opt.apply("image")),
        string(opt.apply("kind")),
        string(opt.apply("remind")));
  }

  private static String string(OptionMapping option) {
    return option == null ? null : option.getAsString();
  }

  private static Long id(OptionMapping option) {
    return option == null ? null : option.getAsLong();
  }
}
