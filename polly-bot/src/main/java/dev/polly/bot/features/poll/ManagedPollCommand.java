package dev.polly.bot.features.poll;

import dev.polly.bot.features.SlashCommand;
import dev.polly.common.domain.Poll;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * A {@code /poll <name> poll:<id> ...} subcommand that acts on one poll its member may manage (the
 * poll's creator or Manage Server). The poll option, the lookup in the member's guild and the
 * refusals live here; a subclass names itself, adds its own options and acts on the poll.
 */
public abstract class ManagedPollCommand implements SlashCommand {
  private final PollAccess access;

  protected ManagedPollCommand(PollAccess access) {
    this.access = access;
  }

  /** The subcommand's name and description, with any options beyond {@code poll}. */
  protected abstract SubcommandData subcommand();

  /** Acts on a poll of the member's guild that the member may manage. */
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
    access
        .findManageable(event, event.getOption("poll").getAsLong())
        .ifPresent(poll -> execute(event, poll));
  }
}
