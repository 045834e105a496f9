package dev.polly.bot.features.poll.close;

import dev.polly.bot.features.Replies;
import dev.polly.bot.features.poll.PollAccess;
import dev.polly.bot.features.poll.PollLifecycle;
import dev.polly.bot.features.poll.PollSubcommand;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollStatus;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /poll close poll:<id>}: closes an open poll now (creator or Manage Server), then shows the
 * final results on its message and announces the outcome.
 */
public final class PollCloseCommand extends PollSubcommand {
  private final PollLifecycle lifecycle;

  public PollCloseCommand(PollAccess access, PollLifecycle lifecycle) {
    super(access::findManageable);
    this.lifecycle = lifecycle;
  }

  @Override
  protected SubcommandData subcommand() {
    return new SubcommandData("close", "Close a poll now");
  }

  @Override
  protected void execute(SlashCommandInteractionEvent event, Poll poll) {
    long pollId = poll.id();
    if (poll.status() != PollStatus.ACTIVE) {
      Replies.ephemeral(
          event,
          poll.status() == PollStatus.CLOSED
              ? "Poll #" + pollId + " is already closed."
              : "Poll #" + pollId + " has not opened yet.");
      return;
    }
    if (!lifecycle.tryClose(pollId)) {
      Replies.ephemeral(event, "Poll #" + pollId + " was closed a moment ago by someone else.");
      return;
    }
    Replies.ephemeral(event, "Poll #" + pollId + " is closed.");
    lifecycle.finishClose(pollId);
  }
}
