package dev.polly.bot.features.poll;

import dev.polly.bot.features.SlashCommand;
import dev.polly.common.domain.Poll;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * A {@code /poll <name> poll:<id> ...} subcommand that acts on one poll. The required {@code poll}
 * option and the lookup live here; the {@link Finder} given by the subclass says who may act (e.g.
 * {@link PollAccess#findManageable}) and replies when the member may not. A subclass names itself,
 * adds its own options and acts on the poll it is handed.
 */
public abstract class PollSubcommand implements SlashCommand {
  /** Finds the poll the member may act on, or replies why not and returns empty. */
  @FunctionalInterface
  public interface Finder {
    Optional<Poll> find(IReplyCallback event, long pollId);
  }

  private final Finder finder;

  protected PollSubcommand(Finder finder) {
    this.finder = finder;
  }

  /** The subcommand's name and description, with any options beyond {@code poll}. */
  protected abstract SubcommandData subcommand();

  /** Acts on the poll the {@link Finder} returned. */
  protected abstract void execute(SlashCommandInteractionEvent event, Poll poll);

  @Override
  public final String root() {
    return "poll";
  }

  @Override
  public final SubcommandData data() {
    SubcommandData data = subcommand();
    SubcommandData withPoll =
        new SubcommandData(data.getName(), data.getDescription())
            .addOption(OptionType.INTEGER, "poll", "Poll number", true);
    return withPoll.addOptions(data.getOptions());
  }

  @Override
  public final void execute(SlashCommandInteractionEvent event) {
    finder.find(event, event.getOption("poll").getAsLong()).ifPresent(poll -> execute(event, poll));
  }
}
