package dev.polly.bot.features.timezone;

import dev.polly.bot.features.Replies;
import dev.polly.bot.features.SlashCommand;
import dev.polly.common.domain.PollTime;
import dev.polly.common.store.PreferencesStore;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * {@code /polly timezone [zone]}: shows or saves the member's timezone, used to read the times they
 * type in {@code /poll create}. Displayed times are Discord timestamps and need no timezone.
 */
public final class TimezoneCommand implements SlashCommand {
  private final PreferencesStore store;

  public TimezoneCommand(PreferencesStore store) {
    this.store = store;
  }

  @Override
  public String root() {
    return "polly";
  }

  @Override
  public SubcommandData data() {
    return new SubcommandData("timezone", "Show or set your timezone for poll times")
        .addOption(OptionType.STRING, "zone", "IANA name, e.g. Europe/Berlin", false);
  }

  @Override
  public void execute(SlashCommandInteractionEvent event) {
    long userId = event.getUser().getIdLong();
    OptionMapping zone = event.getOption("zone");
    if (zone == null) {
      String saved = store.timezone(userId).orElse(null);
      Replies.ephemeral(
          event,
          saved == null
              ? "You have no timezone set; times you type are read as UTC."
              : "Your timezone is " + saved + ".");
      return;
    }
    String name = zone.getAsString().strip();
    if (PollTime.zone(name).isEmpty()) {
      Replies.ephemeral(
          event, "Unknown timezone \"" + name + "\"; use an IANA name such as Europe/Berlin.");
      return;
    }
    store.saveTimezone(userId, name);
    Replies.ephemeral(event, "Saved: times you type are now read in " + name + ".");
  }
}
