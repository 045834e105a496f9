package dev.polly.bot.features.poll.reopen;

import dev.polly.bot.features.Replies;
import dev.polly.bot.features.poll.PollAccess;
import dev.polly.bot.features.poll.PollLifecycle;
import dev.polly.bot.features.poll.PollSubcommand;
import dev.polly.bot.rendering.PollRenderer;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollRules;
import dev.polly.common.domain.PollStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /poll reopen poll:<id> [hours]}: reopens a closed poll for the given hours (default 24),
 * creator or Manage Server only; its message gets live buttons again.
 */
public final class PollReopenCommand extends PollSubcommand {
  /** The longest reopening in hours: the longest a poll may run ({@link PollRules}). */
  static final long MAX_HOURS = PollRules.MAX_DURATION.toHours();

  private final PollLifecycle lifecycle;
  private final Clock clock;

  public PollReopenCommand(PollAccess access, PollLifecycle lifecycle, Clock clock) {
    super(access::findManageable);
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  @Override
  protected SubcommandData subcommand() {
    return new SubcommandData("reopen", "Reopen a closed poll")
        .addOption(OptionType.INTEGER, "hours", "How long it stays open (default 24)");
  }

  @Override
  protected void execute(SlashCommandInteractionEvent event, Poll poll) {
    long pollId = poll.id();
    OptionMapping hoursOption = event.getOption("hours");
    long hours = hoursOption == null ? 24 : hoursOption.getAsLong();
    if (hours < 1 || hours > MAX_HOURS) {
      Replies.ephemeral(
          event, "hours must be between 1 and " + MAX_HOURS + " (" + MAX_HOURS / 24 + " days).");
      return;
    }
    if (poll.status() != PollStatus.CLOSED) {
      Replies.ephemeral(event, "Poll #" + pollId + " is not closed.");
      return;
    }
    Instant closesAt = clock.instant().plus(Duration.ofHours(hours));
    if (!lifecycle.reopen(pollId, closesAt)) {
      Replies.ephemeral(event, "Poll #" + pollId + " was reopened a moment ago by someone else.");
      return;
    }
    Replies.ephemeral(
        event,
        "Poll #" + pollId + " is open again; it closes " + PollRenderer.timestamp(closesAt) + ".");
  }
}
