package dev.polly.bot.features.poll.list;

import dev.polly.bot.features.Replies;
import dev.polly.bot.features.SlashCommand;
import dev.polly.bot.rendering.PollRenderer;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollStatus;
import dev.polly.common.persistence.PollDao;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** {@code /poll list [status]}: this server's latest polls (at most {@value #LIMIT}). */
public final class PollListCommand implements SlashCommand {
  static final int LIMIT = 15;

  private final PollDao polls;

  public PollListCommand(PollDao polls) {
    this.polls = polls;
  }

  @Override
  public String root() {
    return "poll";
  }

  @Override
  public SubcommandData data() {
    return new SubcommandData("list", "List this server's polls")
        .addOptions(
            new OptionData(OptionType.STRING, "status", "Only polls in this state")
                .addChoice("scheduled", "scheduled")
                .addChoice("active", "active")
                .addChoice("closed", "closed"));
  }

  @Override
  public void execute(SlashCommandInteractionEvent event) {
    OptionMapping statusOption = event.getOption("status");
    PollStatus status;
    try {
      status = statusOption == null ? null : PollStatus.fromDb(statusOption.getAsString());
    } catch (IllegalArgumentException e) {
      Replies.ephemeral(event, "status must be scheduled, active or closed.");
      return;
    }
    List<Poll> found = polls.listByGuild(event.getGuild().getIdLong(), status, LIMIT, 0);
    if (found.isEmpty()) {
      Replies.ephemeral(event, "No polls here yet.");
      return;
    }
    StringBuilder text = new StringBuilder();
    for (Poll poll : found) {
      text.append("#")
          .append(poll.id())
          .append(" **")
          .append(poll.title())
          .append("** · ")
          .append(poll.status().dbValue().toLowerCase(Locale.ROOT))
          .append(" · ")
          .append(poll.status() == PollStatus.CLOSED ? "closed " : "closes ")
          .append(
              PollRenderer.timestamp(poll.closedAt() != null ? poll.closedAt() : poll.closesAt()))
          .append('\n');
    }
    Replies.ephemeral(event, text.toString());
  }
}
