package dev.polly.bot.features.poll.results;

import dev.polly.bot.discord.PollMessages;
import dev.polly.bot.features.SlashCommand;
import dev.polly.bot.features.poll.PollAccess;
import dev.polly.bot.rendering.PollRenderer;
import dev.polly.common.domain.Poll;
import dev.polly.common.store.PollResultsStore;
import java.time.Clock;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /poll results poll:<id>}: the current results as an ephemeral embed, rendered exactly as
 * the poll message (counts stay hidden while the poll hides them, for everyone).
 */
public final class PollResultsCommand implements SlashCommand {
  private final PollAccess access;
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
    this.access = access;
    this.results = results;
    this.renderer = renderer;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public String root() {
    return "poll";
  }

  @Override
  public SubcommandData data() {
    return new SubcommandData("results", "Show a poll's results")
        .addOption(OptionType.INTEGER, "poll", "Poll number", true);
  }

  @Override
  public void execute(SlashCommandInteractionEvent event) {
    Optional<Poll> poll = access.find(event, event.getOption("poll").getAsLong());
    if (poll.isEmpty()) {
      return;
    }
    var view = renderer.render(poll.get(), results.results(poll.get()), clock.instant());
    event.replyEmbeds(messages.embed(view)).setEphemeral(true).queue();
  }
}
