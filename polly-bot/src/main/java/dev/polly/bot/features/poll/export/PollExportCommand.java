package dev.polly.bot.features.poll.export;

import dev.polly.bot.features.poll.PollAccess;
import dev.polly.bot.features.poll.PollSubcommand;
import dev.polly.common.domain.Poll;
import dev.polly.common.export.PollCsv;
import dev.polly.common.store.PollResultsStore;
import java.nio.charset.StandardCharsets;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.FileUpload;

/**
 * {@code /poll export poll:<id>}: the poll's CSV (the API's export format, {@link PollCsv}) as an
 * ephemeral attachment, for members with Manage Server only. Voter ids appear only where the export
 * rules allow them: never for an anonymous poll, nor while results are hidden.
 */
public final class PollExportCommand extends PollSubcommand {
  private final PollResultsStore results;
  private final PollCsv csv;

  public PollExportCommand(PollAccess access, PollResultsStore results, PollCsv csv) {
    super(access.managersOnly("Only members with the Manage Server permission can export polls."));
    this.results = results;
    this.csv = csv;
  }

  @Override
  protected SubcommandData subcommand() {
    return new SubcommandData("export", "Download a poll's results as CSV (Manage Server)");
  }

  @Override
  protected void execute(SlashCommandInteractionEvent event, Poll poll) {
    long pollId = poll.id();
    byte[] bytes = csv.write(poll, results.results(poll)).getBytes(StandardCharsets.UTF_8);
    event
        .reply("Poll #" + pollId + " “" + poll.title() + "” as CSV.")
        .addFiles(FileUpload.fromData(bytes, "poll-" + pollId + ".csv"))
        .setEphemeral(true)
        .queue();
  }
}
