package dev.polly.bot.features.poll.edit;

import dev.polly.bot.features.Replies;
import dev.polly.bot.features.SlashCommand;
import dev.polly.bot.features.poll.PollAccess;
import dev.polly.bot.rendering.PollRenderer;
import dev.polly.common.domain.Poll;
import dev.polly.common.lifecycle.PollEditor;
import java.time.Clock;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /poll edit poll:<id> [title] [question] [options] [closes-in | close-at] [remind]}:
 * changes an open poll; Manage Server only. What is left out stays; options change only until the
 * first vote. The stored change is published, and every worker refreshes the poll's message ({@link
 * PollEditor}). Every refusal is an ephemeral sentence.
 */
public final class PollEditCommand implements SlashCommand {
  private final PollAccess access;
  private final PollEditor editor;
  private final Clock clock;

  public PollEditCommand(PollAccess access, PollEditor editor, Clock clock) {
    this.access = access;
    this.editor = editor;
    this.clock = clock;
  }

  @Override
  public String root() {
    return "poll";
  }

  @Override
  public SubcommandData data() {
    return new SubcommandData("edit", "Change an open poll")
        .addOption(OptionType.INTEGER, "poll", "Poll number", true)
        .addOption(OptionType.STRING, "title", "New title")
        .addOption(OptionType.STRING, "question", "New question")
        .addOption(OptionType.STRING, "options", "New options separated by | (only before votes)")
        .addOption(OptionType.STRING, "closes-in", "Close this long from now, e.g. 2h or 1d12h")
        .addOption(OptionType.STRING, "close-at", "New close time, e.g. 2026-12-24 18:00")
        .addOption(OptionType.STRING, "remind", "Reminder before the close, e.g. 30m, or off");
  }

  @Override
  public void execute(SlashCommandInteractionEvent event) {
    if (!PollAccess.isManager(event.getMember())) {
      Replies.ephemeral(event, "Editing polls needs the Manage Server permission.");
      return;
    }
    long pollId = event.getOption("poll").getAsLong();
    Optional<Poll> poll = access.find(event, pollId);
    if (poll.isEmpty()) {
      return;
    }
    EditArguments.Parsed parsed = EditArguments.read(event, poll.get(), clock.instant());
    if (parsed.error() != null) {
      Replies.ephemeral(event, "I can't edit poll #" + pollId + ": " + parsed.error());
      return;
    }
    Replies.ephemeral(event, answer(pollId, editor.edit(poll.get(), parsed.edit(), null)));
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
