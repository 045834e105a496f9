package dev.polly.bot.features.poll.results;

import dev.polly.bot.discord.PollMessages;
import dev.polly.bot.features.poll.PollAccess;
import dev.polly.bot.features.poll.PollSubcommand;
import dev.polly.bot.rendering.PollRenderer;
import dev.polly.common.domain.Poll;
import dev.polly.common.store.PollResultsStore;
import java.time.Clock;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /poll results poll:<id>}: the current results as an ephemeral embed, rendered exactly as
 * the poll message (counts stay hidden while the poll hides them, for everyone).
 */
public final class PollResultsCommand extends PollSubcommand {
  private final PollResultsStore results;
  private final PollRenderer renderer;
  private final PollMessages messages;
  private final Clock clock;

  public PollResultsCommand(
      PollAccess access,
      PollResultsStore results,
      PollRenderer renderer,
      PollMessages messages,
      Clock clock) {
    super(access::find);
    this.results = results;
    this.renderer = renderer;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  protected SubcommandData subcommand() {
    return new SubcommandData("results", "Show a poll's results");
  }

  @Override
  protected void execute(SlashCommandInteractionEvent event, Poll poll) {
    var view = renderer.render(poll, results.results(poll), clock.instant());
    event.replyEmbeds(messages.embed(view)).setEphemeral(true).queue();
  }
}
