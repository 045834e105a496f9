package dev.polly.bot.features.poll.close;

import dev.polly.bot.features.Replies;
import dev.polly.bot.features.SlashCommand;
import dev.polly.bot.features.poll.PollAccess;
import dev.polly.bot.features.poll.PollLifecycle;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollStatus;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /poll close poll:<id>}: closes an open poll now (creator or Manage Server), then shows the
 * final results on its message and announces the outcome.
 */
public final class PollCloseCommand implements SlashCommand {
  private final PollAccess access;
  private final PollLifecycle lifecycle;

  public PollCloseCommand(PollAccess access, PollLifecycle lifecycle) {
    this.access = access;
    this.lifecycle = lifecycle;
  }

  @Override
  public String root() {
    return "poll";
  }

  @Override
  public SubcommandData data() {
    return new SubcommandData("close", "Close a poll now")
        .addOption(OptionType.INTEGER, "poll", "Poll number", true);
  }

  @Override
  public void execute(SlashCommandInteractionEvent event) {
    long pollId = event.getOption("poll").getAsLong();
    Optional<Poll> poll = access.findManageable(event, pollId);
    if (poll.isEmpty()) {
      return;
    }
    if (poll.get().status() != PollStatus.ACTIVE) {
      Replies.ephemeral(
          event,
          poll.get().status() == PollStatus.CLOSED
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
