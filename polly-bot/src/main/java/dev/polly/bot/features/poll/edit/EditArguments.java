package dev.polly.bot.features.poll.edit;

import dev.polly.bot.features.poll.create.PollRequestParser;
import dev.polly.common.domain.FieldError;
import dev.polly.common.domain.InvalidTimeException;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollEdit;
import dev.polly.common.domain.PollOption;
import dev.polly.common.domain.PollTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * Reads the arguments of {@code /poll edit} as a {@link PollEdit} of the poll as it is: what is
 * left out keeps its value; {@code closes-in} counts from now, {@code close-at} is read in the
 * poll's timezone; {@code remind:off} removes the reminder. Options are written as in {@code /poll
 * create}.
 */
final class EditArguments {
  private static final Pattern OPTION = Pattern.compile("options\\[(\\d+)]\\.(label|emoji)");

  /** Either the edit or the sentence saying why the arguments cannot be read. */
  record Parsed(PollEdit edit, String error) {}

  private EditArguments() {}

  static Parsed read(SlashCommandInteractionEvent event, Poll poll, Instant now) {
    String closesIn = text(event.getOption("closes-in"));
    String closeAt = text(event.getOption("close-at"));
    if (closesIn != null && closeAt != null) {
      return new Parsed(null, "Give either closes-in or close-at, not both.");
    }
    try {
      String title = text(event.getOption("title"));
      String question = text(event.getOption("question"));
      String optionsText = text(event.getOption("options"));
      List<PollOption> options =
          optionsText == null ? null : PollRequestParser.options(optionsText);
      return new Parsed(
          PollEdit.of(
              poll,
              title == null ? poll.title() : title.strip(),
              question == null ? poll.question() : question.strip(),
              closesAt(poll, closesIn, closeAt, now),
              options,
              reminder(poll, text(event.getOption("remind")))),
          null);
    } catch (IllegalArgumentException e) {
      return new Parsed(null, e.getMessage());
    }
  }

  /** A broken rule as one sentence naming the argument as the member typed it. */
  static String sentence(FieldError error) {
    Matcher option = OPTION.matcher(error.field());
    String subject =
        option.matches()
            ? "Option " + (Integer.parseInt(option.group(1)) + 1)
            : switch (error.field()) {
              case "title" -> "The title";
              case "question" -> "The question";
              case "options" -> "The poll";
              case "max_choices" -> "The number of options (for the poll's max-choices)";
              case "closes_at" -> "The close time";
              case "remind_before_minutes" -> "remind";
              default -> error.field();
            };
    return subject + " " + error.message() + ".";
  }

  private static Instant closesAt(Poll poll, String closesIn, String closeAt, Instant now) {
    if (closesIn != null) {
      try {
        return now.plus(PollTime.parseDuration(closesIn));
      } catch (InvalidTimeException | ArithmeticException | java.time.DateTimeException e) {
        throw new IllegalArgumentException("closes-in looks like 30m, 2h, 1d or 1d12h.");
      }
    }
    if (closeAt != null) {
      try {
        return PollTime.parseInstant(closeAt, poll.timezone());
      } catch (InvalidTimeException e) {
        throw new IllegalArgumentException(
            "close-at looks like 2026-12-24 18:00 (in the poll's timezone, "
                + poll.timezone().getId()
                + "): "
                + e.getMessage());
      }
    }
    return poll.closesAt();
  }

  private static Duration reminder(Poll poll, String remind) {
    if (remind == null) {
      return poll.remindBefore();
    }
    return remind.strip().toLowerCase(Locale.ROOT).equals("off")
        ? null
        : PollRequestParser.reminder(remind);
  }

  private static String text(OptionMapping option) {
    return option == null || option.getAsString().isBlank() ? null : option.getAsString();
  }
}
