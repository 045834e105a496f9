package dev.polly.bot.features.poll.edit;

import dev.polly.bot.features.Replies;
import dev.polly.bot.features.poll.PollAccess;
import dev.polly.bot.features.poll.PollSubcommand;
import dev.polly.bot.rendering.PollRenderer;
import dev.polly.common.domain.Poll;
import dev.polly.common.lifecycle.PollEditor;
import java.time.Clock;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /poll edit poll:<id> [title] [question] [options] [closes-in | close-at] [remind]}:
 * changes an open poll; Manage Server only. What is left out stays; options change only until the
 * first vote. The stored change is published, and every worker refreshes the poll's message ({@link
 * PollEditor}). Every refusal is an ephemeral sentence.
 */
public final class PollEditCommand extends PollSubcommand {
  private final PollEditor editor;
  private final Clock clock;

  public PollEditCommand(PollAccess access, PollEditor editor, Clock clock) {
    super(access.managersOnly("Editing polls needs the Manage Server permission."));
    this.editor = editor;
    this.clock = clock;
  }

  @Override
  protected SubcommandData subcommand() {
    return new SubcommandData("edit", "Change an open poll")
        .addOption(OptionType.STRING, "title", "New title")
        .addOption(OptionType.STRING, "question", "New question")
        .addOption(OptionType.STRING, "options", "New options separated by | (only before votes)")
        .addOption(OptionType.STRING, "closes-in", "Close this long from now, e.g. 2h or 1d12h")
        .addOption(OptionType.STRING, "close-at", "New close time, e.g. 2026-12-24 18:00")
        .addOption(OptionType.STRING, "remind", "Reminder before the close, e.g. 30m, or off");
  }

  @Override
  protected void execute(SlashCommandInteractionEvent event, Poll poll) {
    EditArguments.Parsed parsed = EditArguments.read(event, poll, clock.instant());
    if (parsed.error() != null) {
      Replies.ephemeral(event, "I can't edit poll #" + poll.id() + ": " + parsed.error());
      return;
    }
    Replies.ephemeral(event, answer(poll.id(), editor.edit(poll, parsed.edit(), null)));
  }

  private static String answer(long pollId, PollEditor.Outcome outcome) {
    if (outcome instanceof PollEditor.Edited edited) {
      return "Poll #"
          + pollId
          + " is updated; it closes "
          + PollRenderer.timestamp(edited.poll().closesAt())
          + ".";
    }
    if (outcome instanceof PollEditor.Refused refused) {
      return "I can't edit poll #"
          + pollId
          + ": "
          + EditArguments.sentence(refused.errors().get(0));
    }
    return "I can't edit poll #" + pollId + ": " + ((PollEditor.Conflict) outcome).message();
  }
}
