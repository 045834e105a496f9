package dev.polly.bot.features.poll.delete;

import dev.polly.bot.discord.CustomId;
import dev.polly.bot.features.poll.PollAccess;
import dev.polly.bot.features.poll.PollSubcommand;
import dev.polly.common.domain.Poll;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /poll delete poll:<id>}: asks the poll's creator or a member with Manage Server to confirm
 * with a button (see {@link PollDeleteConfirmation}); nothing is deleted until they click it.
 */
public final class PollDeleteCommand extends PollSubcommand {
  public PollDeleteCommand(PollAccess access) {
    super(access::findManageable);
  }

  @Override
  protected SubcommandData subcommand() {
    return new SubcommandData("delete", "Delete a poll and its votes (asks to confirm)");
  }

  @Override
  protected void execute(SlashCommandInteractionEvent event, Poll poll) {
    long pollId = poll.id();
    event
        .reply(
            "Delete poll #"
                + pollId
                + " “"
                + poll.title()
                + "” with all its votes? This cannot be undone.")
        .setComponents(
            ActionRow.of(Button.danger(CustomId.delete(pollId), "Delete poll #" + pollId)))
        .setEphemeral(true)
        .queue();
  }
}
