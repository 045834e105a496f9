package dev.polly.bot.features.poll.export;

import dev.polly.bot.features.Replies;
import dev.polly.bot.features.SlashCommand;
import dev.polly.bot.features.poll.PollAccess;
import dev.polly.common.domain.Poll;
import dev.polly.common.export.PollCsv;
import dev.polly.common.store.PollResultsStore;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.FileUpload;

/**
 * {@code /poll export poll:<id>}: the poll's CSV (the API's export format, {@link PollCsv}) as an
 * ephemeral attachment, for members with Manage Server only. Voter ids appear only where the export
 * rules allow them: never for an anonymous poll, nor while results are hidden.
 */
public final class PollExportCommand implements SlashCommand {
  private final PollAccess access;
  private final PollResultsStore results;
  private final PollCsv csv;

  public PollExportCommand(PollAccess access, PollResultsStore results, PollCsv csv) {
    this.access = access;
    this.results = results;
    this.csv = csv;
  }

  @Override
  public String root() {
    return "poll";
  }

  @Override
  public SubcommandData data() {
    return new SubcommandData("export", "Download a poll's results as CSV (Manage Server)")
        .addOption(OptionType.INTEGER, "poll", "Poll number", true);
  }

  @Override
  public void execute(SlashCommandInteractionEvent event) {
    if (!PollAccess.isManager(event.getMember())) {
      Replies.ephemeral(event, "Only members with the Manage Server permission can export polls.");
      return;
    }
    long pollId = event.getOption("poll").getAsLong();
    Optional<Poll> poll = access.find(event, pollId);
    if (poll.isEmpty()) {
      return;
    }
    byte[] bytes =
        csv.write(poll.get(), results.results(poll.get())).getBytes(StandardCharsets.UTF_8);
    event
        .reply("Poll #" + pollId + " “" + poll.get().title() + "” as CSV.")
        .addFiles(FileUpload.fromData(bytes, "poll-" + pollId + ".csv"))
        .setEphemeral(true)
        .queue();
  }
}
