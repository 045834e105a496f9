package dev.polly.bot.features;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a failed interaction's log line says of its component: the poll, never the choice. */
class LoggedComponentIdTest {

  @Test
  @DisplayName("a logged component id keeps the poll but drops the option or the ranking")
  void keepsThePollOnly() {
    assertThat(InteractionRouter.withoutChoice("vote:12:3")).isEqualTo("vote:12");
    assertThat(InteractionRouter.withoutChoice("rankok:12:3.0.1")).isEqualTo("rankok:12");
    assertThat(InteractionRouter.withoutChoice("rankpick:12:2")).isEqualTo("rankpick:12");
    assertThat(InteractionRouter.withoutChoice("rank:12")).isEqualTo("rank:12");
  }
}
