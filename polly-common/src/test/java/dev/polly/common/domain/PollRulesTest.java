package dev.polly.common.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.PollFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollRulesTest {
  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  @Test
  void validPollHasNoErrors() {
    assertThat(PollRules.validate(PollFixtures.newPoll(2, 1, NOW), NOW)).isEmpty();
    assertThat(PollRules.validate(PollFixtures.newPoll(25, 25, NOW.plusSeconds(3600)), NOW))
        .isEmpty();
  }

  @Test
  void aRankedPollKeepsMaxChoicesAtOne() {
    NewPoll ranked = PollFixtures.newPoll(3, 1, NOW).withKind(PollKind.RANKED);
    NewPoll several = PollFixtures.newPoll(3, 2, NOW).withKind(PollKind.RANKED);

    assertThat(PollRules.validate(ranked, NOW)).isEmpty();
    assertThat(PollRules.validate(several, NOW))
        .containsExactly(new FieldError("max_choices", "must be 1 for a ranked poll"));
    assertThat(fields(PollFixtures.newPoll(3, 2, NOW))).isEmpty();
  }

  @Test
  void optionCountMustBeBetweenTwoAndTwentyFive() {
    assertThat(fields(PollFixtures.newPoll(1, 1, NOW))).contains("options");
    assertThat(fields(PollFixtures.newPoll(26, 1, NOW))).contains("options");
  }

  @Test
  void labelsMustBeUniqueIgnoringCaseAndBlanks() {
    List<PollOption> options =
        List.of(new PollOption(0, "Pizza", null), new PollOption(1, " pizza ", null));
    List<FieldError> errors = PollRules.validate(withOptions(options, 1), NOW);
    assertThat(errors)
        .containsExactly(new FieldError("options[1].label", "duplicates another option"));
  }

  @Test
  void labelsMustBePresentAndShort() {
    List<PollOption> options =
        List.of(
            new PollOption(0, " ", null),
            new PollOption(1, "x".repeat(PollRules.MAX_LABEL_LENGTH + 1), null));
    assertThat(fields(withOptions(options, 1)))
        .containsExactly("options[0].label", "options[1].label");
  }

  @Test
  void textLimitsApplyToTitleQuestionAndEmoji() {
    NewPoll poll = PollFixtures.newPoll(2, 1, NOW);
    NewPoll tooLong =
        copy(
            poll,
            "t".repeat(PollRules.MAX_TITLE_LENGTH + 1),
            "q".repeat(1001),
            poll.options(),
            1,
            null,
            poll.opensAt(),
            poll.closesAt());
    assertThat(fields(tooLong)).containsExactly("title", "question");
    NewPoll blankTitle =
        copy(poll, "  ", "", poll.options(), 1, null, poll.opensAt(), poll.closesAt());
    assertThat(fields(blankTitle)).containsExactly("title");
    List<PollOption> emoji =
        List.of(
            new PollOption(0, "a", "e".repeat(PollRules.MAX_EMOJI_LENGTH + 1)),
            new PollOption(1, "b", null));
    assertThat(fields(withOptions(emoji, 1))).containsExactly("options[0].emoji");
  }

  @Test
  void maxChoicesMustBeBetweenOneAndTheOptionCount() {
    assertThat(fields(PollFixtures.newPoll(3, 0, NOW))).containsExactly("max_choices");
    assertThat(fields(PollFixtures.newPoll(3, 4, NOW))).containsExactly("max_choices");
    assertThat(fields(PollFixtures.newPoll(3, 3, NOW))).isEmpty();
  }

  @Test
  void imageUrlMustBeHttp() {
    NewPoll poll = PollFixtures.newPoll(2, 1, NOW);
    assertThat(
            fields(copy(poll, "t", "q", poll.options(), 1, "ftp://x/y.png", NOW, poll.closesAt())))
        .containsExactly("image_url");
    assertThat(fields(copy(poll, "t", "q", poll.options(), 1, "not a url", NOW, poll.closesAt())))
        .containsExactly("image_url");
    assertThat(
            fields(
                copy(
                    poll,
                    "t",
                    "q",
                    poll.options(),
                    1,
                    "https://cdn.example/a.png",
                    NOW,
                    poll.closesAt())))
        .isEmpty();
  }

  @Test
  void opensAtMayNotLieInThePastBeyondTheTolerance() {
    assertThat(fields(PollFixtures.newPoll(2, 1, NOW.minusSeconds(30)))).isEmpty();
    assertThat(fields(PollFixtures.newPoll(2, 1, NOW.minus(Duration.ofMinutes(2)))))
        .containsExactly("opens_at");
  }

  @Test
  void durationMustBeBetweenOneMinuteAndThirtyTwoDays() {
    NewPoll poll = PollFixtures.newPoll(2, 1, NOW);
    assertThat(errorsFor(poll, NOW.plusSeconds(59)))
        .containsExactly(
            new FieldError("closes_at", "must be 1 minute to 32 days after the open time"));
    assertThat(errorsFor(poll, NOW.plusSeconds(60))).isEmpty();
    assertThat(errorsFor(poll, NOW.plus(Duration.ofDays(32)))).isEmpty();
    assertThat(errorsFor(poll, NOW.plus(Duration.ofDays(32)).plusSeconds(1)))
        .containsExactly(
            new FieldError("closes_at", "must be 1 minute to 32 days after the open time"));
    assertThat(errorsFor(poll, NOW))
        .containsExactly(new FieldError("closes_at", "must be after the open time"));
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    NewPoll poll = PollFixtures.newPoll(1, 5, NOW.minus(Duration.ofDays(1)));
    assertThat(fields(copy(poll, "", "q", poll.options(), 0, "x", poll.opensAt(), poll.opensAt())))
        .containsExactly("title", "options", "max_choices", "image_url", "opens_at", "closes_at");
  }

  @Test
  void reopenNeedsACloseTimeBetweenOneMinuteAndThirtyTwoDaysAway() {
    assertThat(PollRules.checkReopen(NOW.plusSeconds(30), NOW))
        .extracting(FieldError::field)
        .containsExactly("closes_at");
    assertThat(PollRules.checkReopen(NOW.plus(Duration.ofDays(1)), NOW)).isEmpty();
    assertThat(PollRules.checkReopen(NOW.plus(Duration.ofDays(33)), NOW)).hasSize(1);
  }

  @Test
  void opensAtMayLieAtMostAYearAhead() {
    assertThat(PollRules.checkOpensAt(NOW.plus(PollRules.MAX_LEAD), NOW)).isEmpty();
    assertThat(PollRules.checkOpensAt(NOW.plus(PollRules.MAX_LEAD).plusSeconds(1), NOW))
        .extracting(FieldError::field)
        .containsExactly("opens_at");
    Instant farFuture = Instant.parse("+294277-06-01T00:00:00Z");
    assertThat(PollRules.checkSchedule(farFuture, farFuture.plusSeconds(3600), NOW))
        .extracting(FieldError::field)
        .containsExactly("opens_at");
    assertThat(PollRules.checkSchedule(NOW, farFuture, NOW))
        .extracting(FieldError::field)
        .containsExactly("closes_at");
  }

  @Test
  void textMayNotContainNul() {
    assertThat(PollRules.checkTitle("a\u0000b"))
        .containsExactly(new FieldError("title", "must not contain NUL characters"));
  }

  @Test
  void zonesMustBeIanaRegionNames() {
    assertThat(PollRules.checkZone(null)).isEmpty();
    assertThat(PollRules.checkZone("Europe/Paris")).isEmpty();
    assertThat(PollRules.checkZone("UTC")).isEmpty();
    assertThat(PollRules.checkZone("Mars/Olympus"))
        .extracting(FieldError::field)
        .containsExactly("timezone");
    assertThat(PollRules.checkZone("+05:00")).hasSize(1);
    assertThat(PollRules.checkZone("x".repeat(5000))).hasSize(1);
  }

  private static List<FieldError> errorsFor(NewPoll poll, Instant closesAt) {
    return PollRules.validate(
        copy(
            poll,
            poll.title(),
            poll.question(),
            poll.options(),
            poll.maxChoices(),
            null,
            poll.opensAt(),
            closesAt),
        NOW);
  }

  private static List<String> fields(NewPoll poll) {
    List<String> fields = new ArrayList<>();
    PollRules.validate(poll, NOW).forEach(e -> fields.add(e.field()));
    return fields;
  }

  private static NewPoll withOptions(List<PollOption> options, int maxChoices) {
    NewPoll poll = PollFixtures.newPoll(2, 1, NOW);
    return copy(
        poll,
        poll.title(),
        poll.question(),
        options,
        maxChoices,
        null,
        poll.opensAt(),
        poll.closesAt());
  }

  private static NewPoll copy(
      NewPoll p,
      String title,
      String question,
      List<PollOption> options,
      int maxChoices,
      String imageUrl,
      Instant opensAt,
      Instant closesAt) {
    return new NewPoll(
        p.guildId(),
        p.channelId(),
        p.creatorId(),
        title,
        question,
        p.anonymous(),
        p.hideResults(),
        maxChoices,
        p.allowedRoleId(),
        p.pingRoleId(),
        p.pingOnOpen(),
        p.pingOnClose(),
        imageUrl,
        opensAt,
        closesAt,
        ZoneId.of("UTC"),
        options,
        PollKind.CHOICE,
        null);
  }
}
