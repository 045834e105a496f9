package dev.polly.api.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polly.api.api.FieldError;
import dev.polly.api.api.OptionRequest;
import dev.polly.api.api.PollRequest;
import dev.polly.api.errors.ValidationFailedException;
import dev.polly.common.domain.NewPoll;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PollRequestReaderTest {
  static final long GUILD = 100;
  static final Instant NOW = Instant.parse("2030-03-01T12:00:00Z");

  static PollRequest valid() {
    return new PollRequest(
        "100",
        "200",
        "Lunch?",
        "Where do we eat?",
        List.of(new OptionRequest("Pizza", "🍕"), new OptionRequest("Sushi", null)),
        false,
        false,
        1,
        null,
        null,
        false,
        false,
        null,
        null,
        null,
        60,
        "Europe/Paris",
        null,
        null,
        null);
  }

  static PollRequest with(PollRequest r, java.util.function.UnaryOperator<PollRequestBuilder> f) {
    return f.apply(new PollRequestBuilder(r)).build();
  }

  List<String> fieldsOf(PollRequest r) {
    try {
      PollRequestReader.read(r, 1, NOW, ZoneId.of("UTC"));
      return List.of();
    } catch (ValidationFailedException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
  }

  @Test
  @DisplayName("a valid request becomes a NewPoll that opens now and closes after its duration")
  void acceptsAValidPoll() {
    NewPoll poll = PollRequestReader.read(valid(), 1, NOW, ZoneId.of("UTC"));

    assertThat(poll.opensAt()).isEqualTo(NOW);
    assertThat(poll.closesAt()).isEqualTo(NOW.plusSeconds(3600));
    assertThat(poll.timezone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(poll.options()).extracting(o -> o.position()).containsExactly(0, 1);
  }

  @Test
  @DisplayName("an option's emoji is unicode emoji or written <:name:id>, never plain text")
  void emojisMustBeEmojis() {
    List<OptionRequest> emojis =
        List.of(new OptionRequest("Tacos", "<:tacos:700>"), new OptionRequest("Pizza", "🍕"));
    assertThat(fieldsOf(with(valid(), b -> b.options(emojis)))).isEmpty();

    List<OptionRequest> text =
        List.of(new OptionRequest("Tacos", "tacos"), new OptionRequest("Text", ":pizza:"));
    assertThat(fieldsOf(with(valid(), b -> b.options(text))))
        .containsExactly("options[0].emoji", "options[1].emoji");
  }

  @Test
  void rejectsTooFewTooManyAndDuplicateOptions() {
    assertThat(fieldsWithLabels("only")).containsExactly("options");
    assertThat(fieldsWithLabels(Collections.nCopies(26, "x").toArray(String[]::new)))
        .containsExactly("options");
    assertThat(fieldsWithLabels("A", " a ")).containsExactly("options[1].label");
    assertThat(fieldsWithLabels("A", "x".repeat(81))).containsExactly("options[1].label");
  }

  /** The fields refused in the valid request with options of these labels and no emoji. */
  private List<String> fieldsWithLabels(String... labels) {
    List<OptionRequest> options =
        java.util.Arrays.stream(labels).map(label -> new OptionRequest(label, null)).toList();
    return fieldsOf(with(valid(), b -> b.options(options)));
  }

  @Test
  void rejectsMaxChoicesAboveTheNumberOfOptions() {
    assertThat(fieldsOf(with(valid(), b -> b.maxChoices(3)))).containsExactly("max_choices");
    assertThat(fieldsOf(with(valid(), b -> b.maxChoices(0)))).containsExactly("max_choices");
  }

  @Test
  void rejectsAnOpenTimeInThePastAndDurationsOutsideOneMinuteTo32Days() {
    assertThat(fieldsOf(with(valid(), b -> b.opensAt("2030-03-01T10:00:00Z"))))
        .containsExactly("opens_at");
    assertThat(fieldsOf(with(valid(), b -> b.durationMinutes(0))))
        .containsExactly("duration_minutes");
    assertThat(fieldsOf(with(valid(), b -> b.durationMinutes(32 * 24 * 60 + 1))))
        .containsExactly("duration_minutes");
    assertThat(
            fieldsOf(with(valid(), b -> b.durationMinutes(null).closesAt("2030-03-01T11:00:00Z"))))
        .containsExactly("closes_at");
    assertThat(
            fieldsOf(with(valid(), b -> b.durationMinutes(null).closesAt("2030-04-15T12:00:00Z"))))
        .containsExactly("closes_at");
    assertThat(fieldsOf(with(valid(), b -> b.closesAt("2030-03-01T13:00:00Z"))))
        .containsExactly("closes_at");
  }

  @Test
  @DisplayName("a local time inside a daylight-saving gap is rejected, not shifted")
  void rejectsALocalTimeInADstGap() {
    // Europe/Paris skips 02:00-03:00 on 2030-03-31.
    PollRequest gap = with(valid(), b -> b.opensAt("2030-03-31T02:30"));

    assertThatThrownBy(() -> PollRequestReader.read(gap, 1, NOW, ZoneId.of("UTC")))
        .isInstanceOf(ValidationFailedException.class)
        .satisfies(
            e ->
                assertThat(((ValidationFailedException) e).errors())
                    .singleElement()
                    .satisfies(
                        f -> assertThat(f.message()).contains("does not exist in Europe/Paris")));
  }

  @Test
  void rejectsALocalTimeThatHappensTwiceInADstOverlap() {
    // Europe/Paris repeats 02:00-03:00 on 2030-10-27.
    assertThat(fieldsOf(with(valid(), b -> b.opensAt("2030-10-27T02:30"))))
        .containsExactly("opens_at");
  }

  @Test
  void readsALocalTimeInThePollsZone() {
    NewPoll poll =
        PollRequestReader.read(
            with(valid(), b -> b.opensAt("2030-03-02T10:00")), 1, NOW, ZoneId.of("UTC"));

    assertThat(poll.opensAt()).isEqualTo(Instant.parse("2030-03-02T09:00:00Z"));
  }

  @Test
  void rejectsUnknownZonesAndBadSnowflakes() {
    assertThat(fieldsOf(with(valid(), b -> b.timezone("Mars/Olympus"))))
        .containsExactly("timezone");
    assertThat(fieldsOf(with(valid(), b -> b.timezone("+05:00")))).containsExactly("timezone");
    assertThat(fieldsOf(with(valid(), b -> b.channelId("12ab")))).containsExactly("channel_id");
    assertThat(fieldsOf(with(valid(), b -> b.guildId("x1")))).containsExactly("guild_id");
    assertThat(fieldsOf(with(valid(), b -> b.allowedRoleId("-3"))))
        .containsExactly("allowed_role_id");
    assertThat(fieldsOf(with(valid(), b -> b.allowedRoleId("300").pingRoleId("301")))).isEmpty();
  }

  @Test
  void rejectsHugeStringsAndNonHttpImages() {
    assertThat(fieldsOf(with(valid(), b -> b.title("t".repeat(10_000))))).containsExactly("title");
    assertThat(fieldsOf(with(valid(), b -> b.title("  ")))).containsExactly("title");
    assertThat(fieldsOf(with(valid(), b -> b.imageUrl("javascript:alert(1)"))))
        .containsExactly("image_url");
  }
}
