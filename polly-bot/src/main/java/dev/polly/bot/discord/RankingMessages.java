package dev.polly.bot.discord;

import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * The ephemeral message in which a member ranks a ranked poll's options: the ranking so far, a
 * select menu of the options not ranked yet for the next choice and, once at least one option is
 * ranked, a "Confirm" and a "Start over" button. Each control's id carries the ranking so far
 * ({@link CustomId}), so the bot keeps no state between the member's picks.
 */
public final class RankingMessages {

  /** The first prompt, reminding the member of the ballot they already cast (may be empty). */
  public MessageCreateData start(Poll poll, List<Integer> current) {
    String intro =
        current.isEmpty()
            ? "Rank the options of **" + poll.title() + "**, your favourite first."
            : "Your ballot: " + ranking(poll, current) + "\nPick again to replace it.";
    return new MessageCreateBuilder()
        .setContent(intro + "\n" + next(List.of()))
        .setComponents(components(poll, List.of()))
        .build();
  }

  /** The prompt after the member ranked {@code ranking}. */
  public MessageEditData progress(Poll poll, List<Integer> ranking) {
    String text =
        ranking.isEmpty()
            ? "Rank the options of **" + poll.title() + "**, your favourite first."
            : "Your ranking so far: " + ranking(poll, ranking);
    return new MessageEditBuilder()
        .setContent(text + "\n" + (ranking.size() < poll.options().size() ? next(ranking) : ""))
        .setComponents(components(poll, ranking))
        .build();
  }

  /** The prompt replaced by a final line (the stored ballot, or why it was not stored). */
  public MessageEditData done(String text) {
    return new MessageEditBuilder().setContent(text).setComponents(List.of()).build();
  }

  /** {@code 1. Pizza, 2. Tacos}: the labels of {@code ranking}, numbered. */
  public static String ranking(Poll poll, List<Integer> ranking) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < ranking.size(); i++) {
      int position = ranking.get(i);
      String label =
          poll.options().stream()
              .filter(o -> o.position() == position)
              .map(PollOption::label)
              .findFirst()
              .orElse("?");
      parts.add((i + 1) + ". " + label);
    }
    return String.join(", ", parts);
  }

  private static String next(List<Integer> ranking) {
    return "Choose your " + ordinal(ranking.size() + 1) + " choice below, or confirm.";
  }

  private static List<ActionRow> components(Poll poll, List<Integer> ranking) {
    List<ActionRow> rows = new ArrayList<>();
    List<PollOption> left =
        poll.options().stream().filter(o -> !ranking.contains(o.position())).toList();
    if (!left.isEmpty()) {
      StringSelectMenu.Builder menu =
          StringSelectMenu.create(CustomId.rankPick(poll.id(), ranking))
              .setPlaceholder("Your " + ordinal(ranking.size() + 1) + " choice");
      for (PollOption option : left) {
        String label = option.label(); // at most 80 characters (PollRules), within Discord's 100
        Optional<Emoji> emoji = OptionEmoji.of(option.emoji());
        String value = CustomId.position(option.position());
        if (emoji.isPresent()) {
          menu.addOption(label, value, emoji.get());
        } else {
          menu.addOption(label, value);
        }
      }
      rows.add(ActionRow.of(menu.build()));
    }
    if (!ranking.isEmpty()) {
      rows.add(
          ActionRow.of(
              Button.success(CustomId.rankConfirm(poll.id(), ranking), "Confirm"),
              Button.secondary(CustomId.rankRedo(poll.id()), "Start over")));
    }
    return rows;
  }

  /** 1st, 2nd, 3rd, 4th, ... 21st, 22nd, 23rd, 24th, 25th. */
  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }
}
