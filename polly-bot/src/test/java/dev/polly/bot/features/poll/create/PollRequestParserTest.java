package dev.polly.bot.features.poll.create;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.PollOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PollRequestParserTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  private final PollRequestParser parser = new PollRequestParser();

  /** {@code /poll create} as typed: question "Q?" and the options, the rest as set. */
  private static final class Typed {
    String options;
    String title;
    Boolean anonymous;
    Boolean hideResults;
    Integer maxChoices;
    String duration;
    String closeAt;
    String openAt;
    String timezone;
    Long allowedRoleId;
    Long pingRoleId;
    String imageUrl;
    String kind;
    String remind;

    Typed(String options) {
      this.options = options;
    }

    PollRequest request() {
      return new PollRequest(
          "Q?",
          options,
          title,
          anonymous,
          hideResults,
          maxChoices,
          duration,
          closeAt,
          openAt,
          timezone,
          allowedRoleId,
          pingRoleId,
          imageUrl,
          kind,
          remind);
    }
  }

  private PollRequestParser.Result parse(Typed typed, String savedZone) {
    return parser.parse(typed.request(), new PollRequestParser.Context(1, 2, 3, savedZone, NOW));
  }

  private String refusal(Typed typed) {
    PollRequestParser.Result result = parse(typed, null);
    assertThat(result.poll()).isNull();
    return result.error();
  }

  @Test
  @DisplayName("a leading emoji, unicode or custom, becomes the option's emoji")
  void leadingEmojis() {
    NewPoll poll =
        parse(new Typed("🍕 Pizza | <:tacos:123> Tacos | <a:party:9> Party time | 2 people"), null)
            .poll();
    assertThat(poll.options())
        .extracting(PollOption::label)
        .containsExactly("Pizza", "Tacos", "Party time", "2 people");
    assertThat(poll.options())
        .extracting(PollOption::emoji)
        .containsExactly("🍕", "<:tacos:123>", "<a:party:9>", null);
  }

  @Test
  @DisplayName("options split on | or new lines, trimmed, positions from 0, defaults applied")
  void defaults() {
    NewPoll poll = parse(new Typed(" Pizza | Sushi\nSalad \n\n"), null).poll();
    assertThat(poll.options())
        .extracting(PollOption::label)
        .containsExactly("Pizza", "Sushi", "Salad");
    assertThat(poll.options()).extracting(PollOption::position).containsExactly(0, 1, 2);
    assertThat(poll.title()).isEqualTo("Poll");
    assertThat(poll.maxChoices()).isEqualTo(1);
    assertThat(poll.opensAt()).isEqualTo(NOW);
    assertThat(poll.closesAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
    assertThat(poll.timezone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(poll.pingOnOpen()).isFalse();
  }

  @Test
  @DisplayName("duration, close-at and open-at are read in the given or saved timezone")
  void times() {
    Typed typed = new Typed("A|B");
    typed.title = "T";
    typed.anonymous = true;
    typed.hideResults = true;
    typed.maxChoices = 2;
    typed.duration = "1d12h";
    typed.allowedRoleId = 7L;
    typed.pingRoleId = 8L;
    typed.imageUrl = "https://x.org/i.png";
    NewPoll poll = parse(typed, null).poll();
    assertThat(poll.closesAt()).isEqualTo(NOW.plus(Duration.ofHours(36)));
    assertThat(poll.anonymous()).isTrue();
    assertThat(poll.hideResults()).isTrue();
    assertThat(poll.allowedRoleId()).isEqualTo(7L);
    assertThat(poll.pingOnOpen()).isTrue();
    assertThat(poll.pingOnClose()).isTrue();

    Typed at = new Typed("A|B");
    at.closeAt = "2026-11-27 18:00";
    at.openAt = "2026-11-27 09:00";
    NewPoll berlin = parse(at, "Europe/Berlin").poll();
    assertThat(berlin.opensAt()).isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
    assertThat(berlin.closesAt()).isEqualTo(Instant.parse("2026-11-27T17:00:00Z"));
    assertThat(berlin.timezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
  }

  @Test
  @DisplayName("invalid requests are refused with one sentence saying why")
  void refusals() {
    assertThat(refusal(new Typed("Only")))
        .isEqualTo("The poll must have between 2 and 25 options.");
    assertThat(refusal(new Typed("A|a"))).isEqualTo("Option 2 duplicates another option.");
    String many = IntStream.range(0, 26).mapToObj(i -> "o" + i).collect(Collectors.joining("|"));
    assertThat(refusal(new Typed(many))).contains("between 2 and 25 options");

    Typed maxChoices = new Typed("A|B");
    maxChoices.maxChoices = 3;
    assertThat(refusal(maxChoices)).contains("max-choices must be between 1 and");
    Typed duration = new Typed("A|B");
    duration.duration = "soon";
    assertThat(refusal(duration)).contains("duration looks like");
    Typed zone = new Typed("A|B");
    zone.timezone = "Mars/Olympus";
    assertThat(refusal(zone)).contains("must be an IANA time-zone name");
    Typed both = new Typed("A|B");
    both.duration = "1h";
    both.closeAt = "2026-11-27 18:00";
    assertThat(refusal(both)).contains("either");
    Typed early = new Typed("A|B");
    early.closeAt = "2026-11-26 11:00";
    assertThat(refusal(early)).isEqualTo("close-at must be after the open time.");
    Typed image = new Typed("A|B");
    image.imageUrl = "ftp://x";
    assertThat(refusal(image)).contains("http(s) URL");
  }

  @Test
  @DisplayName("a local time inside a daylight-saving gap is refused, not shifted")
  void dstGap() {
    Typed gap = new Typed("A|B");
    gap.openAt = "2027-03-28 02:30";
    gap.timezone = "Europe/Berlin";
    assertThat(refusal(gap)).startsWith("open-at ").contains("does not exist in Europe/Berlin");
  }

  @Test
  @DisplayName("polls are capped at 32 days, like the API's")
  void thirtyTwoDays() {
    Typed longest = new Typed("A|B");
    longest.duration = "32d";
    assertThat(parse(longest, null).ok()).isTrue();
    Typed tooLong = new Typed("A|B");
    tooLong.duration = "32d1m";
    assertThat(refusal(tooLong)).contains("1 minute to 32 days");
  }

  @Test
  @DisplayName("durations combine units")
  void durations() {
    assertThat(PollRequestParser.duration("90m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(PollRequestParser.duration("1w 2d")).isEqualTo(Duration.ofDays(9));
    assertThat(PollRequestParser.duration("2h30m")).isEqualTo(Duration.ofMinutes(150));
  }
}
