package dev.polly.common.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.PollFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PollRules#checkEdit}, {@link PollRules#checkReminder} and {@link PollEdit#of}. */
class PollEditRulesTest {
  private static final Instant OPENED = Instant.parse("2030-01-01T10:00:00Z");
  private static final Instant NOW = OPENED.plus(Duration.ofMinutes(20));

  private final Poll poll = poll();

  @Test
  void anEditThatMovesTheCloseWithinTheRulesIsAccepted() {
    assertThat(check(NOW.plus(Duration.ofDays(3)), null, Duration.ofHours(1))).isEmpty();
    assertThat(check(NOW.plus(Duration.ofMinutes(2)), null, null)).as("shortened").isEmpty();
  }

  @Test
  void aCloseInThePastOrTooLateIsRefused() {
    assertThat(check(NOW.minusSeconds(1), null, null))
        .containsExactly(new FieldError("closes_at", "must be at least 1 minute from now"));
    assertThat(check(OPENED.plus(Duration.ofDays(32)).plusSeconds(1), null, null))
        .containsExactly(
            new FieldError("closes_at", "must be at most 32 days after the open time"));
  }

  @Test
  void aReminderMustBeWholeMinutesAndShorterThanThePoll() {
    Instant closes = OPENED.plus(Duration.ofHours(1));
    assertThat(PollRules.checkReminder(Duration.ofMinutes(59), OPENED, closes)).isEmpty();
    assertThat(PollRules.checkReminder(Duration.ofHours(1), OPENED, closes)).hasSize(1);
    assertThat(PollRules.checkReminder(Duration.ofSeconds(90), OPENED, closes)).hasSize(1);
    assertThat(PollRules.checkReminder(Duration.ofSeconds(30), OPENED, closes)).hasSize(1);
    assertThat(check(NOW.plus(Duration.ofMinutes(5)), null, Duration.ofDays(1)))
        .extracting(FieldError::field)
        .containsExactly("remind_before_minutes");
  }

  @Test
  void newOptionsFollowTheRulesOfNewPollsAndThePollsMaxChoices() {
    List<PollOption> one = List.of(new PollOption(0, "Only", null));
    assertThat(check(NOW.plus(Duration.ofHours(1)), one, null))
        .extracting(FieldError::field)
        .containsExactly("options");
    List<PollOption> twins =
        List.of(new PollOption(0, "Same", null), new PollOption(1, " same ", null));
    assertThat(check(NOW.plus(Duration.ofHours(1)), twins, null))
        .extracting(FieldError::field)
        .contains("options[1].label");
  }

  @Test
  void resubmittingTheCurrentOptionsIsNoChangeOfOptions() {
    PollEdit same = PollEdit.of(poll, "T", "Q", poll.closesAt(), PollFixtures.options(3), null);
    PollEdit other = PollEdit.of(poll, "T", "Q", poll.closesAt(), PollFixtures.options(2), null);
    assertThat(same.changesOptions()).isFalse();
    assertThat(other.changesOptions()).isTrue();
  }

  private List<FieldError> check(Instant closesAt, List<PollOption> options, Duration remind) {
    return PollRules.checkEdit(poll, new PollEdit("T", "Q", closesAt, options, remind), NOW);
  }

  private static Poll poll() {
    NewPoll p = PollFixtures.newPoll(3, 2, OPENED);
    return new Poll(
        1,
        p.guildId(),
        p.channelId(),
        p.creatorId(),
        null,
        p.title(),
        p.question(),
        false,
        false,
        2,
        null,
        null,
        false,
        false,
        null,
        OPENED,
        OPENED.plus(Duration.ofHours(1)),
        p.timezone(),
        PollStatus.ACTIVE,
        OPENED,
        OPENED,
        null,
        0,
        p.options(),
        PollKind.CHOICE,
        null);
  }
}
