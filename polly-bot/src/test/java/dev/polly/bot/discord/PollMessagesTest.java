package dev.polly.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollKind;
import dev.polly.common.domain.PollOption;
import dev.polly.common.domain.PollStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.emoji.CustomEmoji;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PollMessagesTest {
  private final PollMessages messages = new PollMessages();

  static Poll poll(int options) {
    List<PollOption> list = new ArrayList<>();
    for (int i = 0; i < options; i++) {
      list.add(new PollOption(i, "Option " + i, null));
    }
    return poll(list);
  }

  static Poll poll(List<PollOption> list) {
    Instant now = Instant.parse("2026-11-26T12:00:00Z");
    return new Poll(
        5,
        1,
        2,
        3,
        null,
        "T",
        "Q",
        false,
        false,
        1,
        null,
        null,
        false,
        false,
        null,
        now,
        now.plusSeconds(3600),
        ZoneId.of("UTC"),
        PollStatus.ACTIVE,
        now,
        now,
        null,
        0,
        list,
        PollKind.CHOICE,
        null);
  }

  @Test
  @DisplayName("up to 20 options get one button each in rows of five, plus a my-vote row")
  void buttons() {
    List<ActionRow> rows = messages.components(poll(20), false);
    assertThat(rows).hasSize(5);
    assertThat(rows.subList(0, 4)).allSatisfy(r -> assertThat(r.getButtons()).hasSize(5));
    assertThat(rows.get(0).getButtons().get(0).getCustomId()).isEqualTo("vote:5:0");
    assertThat(rows.get(4).getButtons()).extracting(Button::getCustomId).containsExactly("mine:5");

    List<ActionRow> three = messages.components(poll(3), false);
    assertThat(three).hasSize(2);
    assertThat(three.get(0).getButtons())
        .extracting(Button::getLabel)
        .containsExactly("Option 0", "Option 1", "Option 2");
  }

  @Test
  @DisplayName("more than 20 options switch to a select menu")
  void selectMenu() {
    List<ActionRow> rows = messages.components(poll(21), false);
    assertThat(rows).hasSize(2);
    StringSelectMenu menu = (StringSelectMenu) rows.get(0).getComponents().get(0);
    assertThat(menu.getCustomId()).isEqualTo("pick:5");
    assertThat(menu.getOptions()).hasSize(21);
    assertThat(menu.getOptions().get(20).getValue()).isEqualTo("20");
  }

  @Test
  @DisplayName("a closed poll's components are all disabled")
  void disabled() {
    assertThat(messages.components(poll(4), true))
        .allSatisfy(r -> assertThat(r.getButtons()).allMatch(Button::isDisabled));
    StringSelectMenu menu =
        (StringSelectMenu) messages.components(poll(25), true).get(0).getComponents().get(0);
    assertThat(menu.isDisabled()).isTrue();
  }

  @Test
  @DisplayName("a custom emoji shows as the emoji on its button, not as <:name:id> text")
  void customEmojiOnButtons() {
    Poll poll =
        poll(
            List.of(
                new PollOption(0, "Pizza", "🍕"),
                new PollOption(1, "Tacos", "<:tacos:123>"),
                new PollOption(2, "Party", "<a:party:456>"),
                new PollOption(3, "Plain", null)));

    List<Button> buttons = messages.components(poll, false).get(0).getButtons();

    assertThat(buttons)
        .extracting(Button::getLabel)
        .containsExactly("Pizza", "Tacos", "Party", "Plain");
    assertThat(buttons.get(0).getEmoji()).isEqualTo(Emoji.fromUnicode("🍕"));
    CustomEmoji tacos = (CustomEmoji) buttons.get(1).getEmoji();
    assertThat(tacos.getName()).isEqualTo("tacos");
    assertThat(tacos.getIdLong()).isEqualTo(123L);
    assertThat(((CustomEmoji) buttons.get(2).getEmoji()).isAnimated()).isTrue();
    assertThat(buttons.get(3).getEmoji()).isNull();
  }

  @Test
  @DisplayName("select menu options carry their emoji in the emoji slot too")
  void customEmojiInSelectMenu() {
    List<PollOption> options = new ArrayList<>();
    options.add(new PollOption(0, "Tacos", "<:tacos:123>"));
    for (int i = 1; i < 21; i++) {
      options.add(new PollOption(i, "Option " + i, null));
    }

    StringSelectMenu menu =
        (StringSelectMenu) messages.components(poll(options), false).get(0).getComponents().get(0);

    assertThat(menu.getOptions().get(0).getLabel()).isEqualTo("Tacos");
    assertThat(((CustomEmoji) menu.getOptions().get(0).getEmoji()).getIdLong()).isEqualTo(123L);
    assertThat(menu.getOptions().get(1).getEmoji()).isNull();
  }

  @Test
  @DisplayName(
      "emoji text that is no emoji stays in the label, so Discord never refuses the message")
  void textThatIsNoEmojiStaysInTheLabel() {
    Poll poll = poll(List.of(new PollOption(0, "Pizza", ":pizza:"), new PollOption(1, "B", "ok")));

    List<Button> buttons = messages.components(poll, false).get(0).getButtons();

    assertThat(buttons).extracting(Button::getLabel).containsExactly(":pizza: Pizza", "ok B");
    assertThat(buttons).allSatisfy(b -> assertThat(b.getEmoji()).isNull());
  }
}
