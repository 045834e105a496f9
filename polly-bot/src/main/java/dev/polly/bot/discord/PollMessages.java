package dev.polly.bot.discord;

import dev.polly.bot.rendering.PollView;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * The thin adapter from a {@link PollView} to JDA: the embed, and the components (one button per
 * option in rows of five, or a select menu above {@value #MAX_BUTTONS} options, plus a "my vote"
 * button), all disabled once the poll is closed; a ranked poll has one "Rank" button instead. An
 * option's emoji goes into the component's emoji slot, so a custom emoji shows as the image rather
 * than as {@code <:name:id>} text.
 */
public final class PollMessages {
  /** 25 buttons fit in 5 rows; one row is kept for the "my vote" button. */
  public static final int MAX_BUTTONS = 20;

  private static final int PER_ROW = 5;
  private static final int COLOR_OPEN = 0x5865F2;
  private static final int COLOR_CLOSED = 0x747F8D;

  public MessageCreateData create(Poll poll, PollView view) {
    return new MessageCreateBuilder()
        .setEmbeds(embed(view))
        .setComponents(components(poll, view.closed()))
        .build();
  }

  public MessageEditData edit(Poll poll, PollView view) {
    return new MessageEditBuilder()
        .setEmbeds(embed(view))
        .setComponents(components(poll, view.closed()))
        .build();
  }

  /** The message of a deleted poll: says so, and has no components left to click. */
  public MessageEditData deleted(String title) {
    return new MessageEditBuilder()
        .setEmbeds(
            new EmbedBuilder()
                .setTitle(title)
                .setDescription("This poll was deleted.")
                .setColor(COLOR_CLOSED)
                .build())
        .setComponents(List.of())
        .build();
  }

  public MessageEmbed embed(PollView view) {
    StringBuilder text = new StringBuilder(view.question()).append("\n\n");
    for (PollView.Bar bar : view.bars()) {
      text.append(bar.winner() ? "🏆 " : "").append("**").append(bar.label()).append("**\n");
      if (bar.counts() != null) {
        text.append('`').append(bar.counts()).append("`\n");
      }
    }
    text.append('\n').append(view.totalLine()).append('\n').append(view.maxChoicesLine());
    text.append('\n').append(view.timeLine());
    if (view.outcomeLine() != null) {
      text.append("\n\n").append(view.outcomeLine());
    }
    EmbedBuilder embed =
        new EmbedBuilder()
            .setTitle(view.title())
            .setDescription(text.toString())
            .setColor(view.closed() ? COLOR_CLOSED : COLOR_OPEN)
            .setFooter(view.footer());
    if (view.imageUrl() != null && !view.imageUrl().isBlank()) {
      embed.setImage(view.imageUrl());
    }
    return embed.build();
  }

  public List<ActionRow> components(Poll poll, boolean disabled) {
    if (poll.ranked()) {
      return List.of(
          ActionRow.of(
              Button.primary(CustomId.rank(poll.id()), "Rank the options")
                  .withEmoji(Emoji.fromUnicode("🗳️"))
                  .withDisabled(disabled)));
    }
    List<ActionRow> rows = new ArrayList<>();
    if (poll.options().size() > MAX_BUTTONS) {
      StringSelectMenu.Builder menu =
          StringSelectMenu.create(CustomId.pick(poll.id())).setPlaceholder("Choose an option");
      for (PollOption option : poll.options()) {
        Optional<Emoji> emoji = OptionEmoji.of(option.emoji());
        String value = CustomId.position(option.position());
        if (emoji.isPresent()) {
          menu.addOption(truncate(option.label(), 100), value, emoji.get());
        } else {
          menu.addOption(truncate(labelWithText(option), 100), value);
        }
      }
      rows.add(ActionRow.of(menu.setDisabled(disabled).build()));
    } else {
      List<Button> row = new ArrayList<>();
      for (PollOption option : poll.options()) {
        Button button =
            Button.primary(CustomId.vote(poll.id(), option.position()), buttonLabel(option));
        Optional<Emoji> emoji = OptionEmoji.of(option.emoji());
        row.add(
            (emoji.isPresent() ? button.withEmoji(emoji.get()) : button).withDisabled(disabled));
        if (row.size() == PER_ROW) {
          rows.add(ActionRow.of(row));
          row = new ArrayList<>();
        }
      }
      if (!row.isEmpty()) {
        rows.add(ActionRow.of(row));
      }
    }
    rows.add(
        ActionRow.of(Button.secondary(CustomId.mine(poll.id()), "My vote").withDisabled(disabled)));
    return rows;
  }

  /** The label alone when the emoji goes into the button's emoji slot, else both as text. */
  private static String buttonLabel(PollOption option) {
    return truncate(
        OptionEmoji.of(option.emoji()).isPresent() ? option.label() : labelWithText(option), 80);
  }

  private static String labelWithText(PollOption option) {
    return option.emoji() == null || option.emoji().isBlank()
        ? option.label()
        : option.emoji() + " " + option.label();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
