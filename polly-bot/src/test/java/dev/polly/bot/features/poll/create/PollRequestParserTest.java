package dev.polly.bot.features.poll.create;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.PollOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PollRequestParserTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  private final PollRequestParser parser = new PollRequestParser();

  private static PollRequest request(String options) {
    return new PollRequest(
        "Q?", options, null, null, null, null, null, null, null, null, null, null, null);
  }

  private PollRequestParser.Result parse(PollRequest request, String savedZone) {
    return parser.parse(request, new PollRequestParser.Context(1, 2, 3, savedZone, NOW));
  }

  @Test
  @DisplayName("options split on | or new lines, trimmed, positions from 0, defaults applied")
  void defaults() {
    NewPoll poll = parse(request(" Pizza | Sushi\nSalad \n\n"), null).poll();
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
    PollRequest r =
        new PollRequest(
            "Q",
            "A|B",
            "T",
            true,
            true,
            2,
            "1d12h",
            null,
            null,
            null,
            7L,
            8L,
            "https://x.org/i.png");
    NewPoll poll = parse(r, null).poll();
    assertThat(poll.closesAt()).isEqualTo(NOW.plus(Duration.ofHours(36)));
    assertThat(poll.anonymous()).isTrue();
    assertThat(poll.hideResults()).isTrue();
    assertThat(poll.allowedRoleId()).isEqualTo(7L);
    assertThat(poll.pingOnOpen()).isTrue();
    assertThat(poll.pingOnClose()).isTrue();

    PollRequest at =
        new PollRequest(
            "Q",
            "A|B",
            null,
            null,
            null,
            null,
            null,
            "2026-11-27 18:00",
            "2026-11-27 09:00",
            null,
            null,
            null,
            null);
    NewPoll berlin = parse(at, "Europe/Berlin").poll();
    assertThat(berlin.opensAt()).isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
    assertThat(berlin.closesAt()).isEqualTo(Instant.parse("2026-11-27T17:00:00Z"));
    assertThat(berlin.timezone()).isEqualTo(ZoneId.of("Europe/Berlin"));
  }

  @Test
  @DisplayName("invalid requests are refused with one sentence saying why")
  void refusals() {
    assertThat(parse(request("Only"), null).error())
        .isEqualTo("The poll must have between 2 and 25 options.");
    assertThat(parse(request("A|a"), null).error())
        .isEqualTo("Option 2 duplicates another option.");
    assertThat(
            parse(
                    request(
                        java.util.stream.IntStream.range(0, 26)
                            .mapToObj(i -> "o" + i)
                            .collect(java.util.stream.Collectors.joining("|"))),
                    null)
                .error())
        .contains("between 2 and 25 options");
    assertThat(
            parse(
                    new PollRequest(
                        "Q", "A|B", null, null, null, 3, null, null, null, null, null, null, null),
                    null)
                .error())
        .contains("max-choices must be between 1 and");
    assertThat(
            parse(
                    new PollRequest(
                        "Q", "A|B", null, null, null, null, "soon", null, null, null, null, null,
                        null),
                    null)
                .error())
        .contains("duration looks like");
    assertThat(
            parse(
                    new PollRequest(
                        "Q",
                        "A|B",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Mars/Olympus",
                        null,
                        null,
                        null),
                    null)
                .error())
        .contains("must be an IANA time-zone name");
    assertThat(
            parse(
                    new PollRequest(
                        "Q",
                        "A|B",
                        null,
                        null,
                        null,
                        null,
                        "1h",
                        "2026-11-27 18:00",
                        null,
                        null,
                        null,
                        null,
                        null),
                    null)
                .error())
        .contains("either");
    assertThat(
            parse(
                    new PollRequest(
                        "Q",
                        "A|B",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "2026-11-26 11:00",
                        null,
                        null,
                        null,
                        null,
                        null),
                    null)
                .error())
        .isEqualTo("close-at must be after the open time.");
    assertThat(
            parse(
                    new PollRequest(
                        "Q", "A|B", null, null, null, null, null, null, null, null, null, null,
                        "ftp://x"),
                    null)
                .error())
        .contains("http(s) URL");
  }

  @Test
  @DisplayName("durations combine units")
  void durations() {
    assertThat(PollRequestParser.duration("90m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(PollRequestParser.duration("1w 2d")).isEqualTo(Duration.ofDays(9));
    assertThat(PollRequestParser.duration("2h30m")).isEqualTo(Duration.ofMinutes(150));
  }
}
