package dev.polly.bot.features.poll.delete;

import dev.polly.bot.discord.CustomId;
import dev.polly.bot.features.SlashCommand;
import dev.polly.bot.features.poll.PollAccess;
import dev.polly.common.domain.Poll;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /poll delete poll:<id>}: asks the poll's creator or a member with Manage Server to confirm
 * with a button (see {@link PollDeleteConfirmation}); nothing is deleted until they click it.
 */
public final class PollDeleteCommand implements SlashCommand {
  private final PollAccess access;

  public PollDeleteCommand(PollAccess access) {
    this.access = access;
  }

  @Override
  public String root() {
    return "poll";
  }

  @Override
  public SubcommandData data() {
    return new SubcommandData("delete", "Delete a poll and its votes (asks to confirm)")
        .addOption(OptionType.INTEGER, "poll", "Poll number", true);
  }

  @Override
  public void execute(SlashCommandInteractionEvent event) {
    long pollId = event.getOption("poll").getAsLong();
    Optional<Poll> poll = access.findManageable(event, pollId);
    if (poll.isEmpty()) {
      return;
    }
    event
        .reply(
            "Delete poll #"
                + pollId
                + " “"
                + poll.get().title()
                + "” with all its votes? This cannot be undone.")
        .setComponents(
            ActionRow.of(Button.danger(CustomId.delete(pollId), "Delete poll #" + pollId)))
        .setEphemeral(true)
        .queue();
  }
}
