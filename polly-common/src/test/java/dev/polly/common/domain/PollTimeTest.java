package dev.polly.common.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PollTimeTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void convertsAnOrdinaryLocalTimeExactly() {
    assertThat(PollTime.toInstant(LocalDateTime.parse("2026-07-01T12:00"), NEW_YORK))
        .isEqualTo(Instant.parse("2026-07-01T16:00:00Z"));
  }

  @Test
  @DisplayName("a local time inside the spring-forward gap is an error, never shifted")
  void refusesTimeInDstGap() {
    assertThatThrownBy(() -> PollTime.toInstant(LocalDateTime.parse("2026-03-08T02:30"), NEW_YORK))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessageContaining("2026-03-08T02:30")
        .hasMessageContaining("does not exist in America/New_York");
  }

  @Test
  @DisplayName("a local time repeated by the fall-back overlap is an error, never guessed")
  void refusesAmbiguousTimeInDstOverlap() {
    assertThatThrownBy(() -> PollTime.toInstant(LocalDateTime.parse("2026-11-01T01:30"), NEW_YORK))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessageContaining("happens twice in America/New_York")
        .hasMessageContaining("-04:00")
        .hasMessageContaining("-05:00");
  }

  @Test
  void timesJustOutsideTheTransitionsAreFine() {
    assertThat(PollTime.toInstant(LocalDateTime.parse("2026-03-08T03:00"), NEW_YORK))
        .isEqualTo(Instant.parse("2026-03-08T07:00:00Z"));
    assertThat(PollTime.toInstant(LocalDateTime.parse("2026-11-01T02:00"), NEW_YORK))
        .isEqualTo(Instant.parse("2026-11-01T07:00:00Z"));
  }

  @ParameterizedTest
  @CsvSource({
    "2026-03-08T14:30, 2026-03-08T14:30",
    "2026-03-08 14:30, 2026-03-08T14:30",
    "'  2026-03-08 14:30:15 ', 2026-03-08T14:30:15"
  })
  void parsesLocalDateTimesInBothForms(String text, String expected) {
    assertThat(PollTime.parseLocalDateTime(text)).isEqualTo(LocalDateTime.parse(expected));
  }

  @Test
  void refusesMalformedDateTime() {
    assertThatThrownBy(() -> PollTime.parseLocalDateTime("tomorrow"))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessageContaining("'tomorrow' is not a date-time");
  }

  @ParameterizedTest
  @CsvSource({
    "90m, PT1H30M",
    "2h, PT2H",
    "3d, PT72H",
    "1w, PT168H",
    "1d12h, PT36H",
    "'1h 30m', PT1H30M",
    "45S, PT45S"
  })
  void parsesDurations(String text, String expected) {
    assertThat(PollTime.parseDuration(text)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "90", "m", "2x", "h2", "1.5h", "-2h", "2h-", "0m"})
  void refusesMalformedDurations(String text) {
    assertThatThrownBy(() -> PollTime.parseDuration(text)).isInstanceOf(InvalidTimeException.class);
  }

  @Test
  void parsesIanaZones() {
    assertThat(PollTime.parseZone(" Europe/Paris ")).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(PollTime.parseZone("UTC")).isEqualTo(ZoneId.of("UTC"));
  }

  @Test
  void refusesUnknownZonesAndFixedOffsets() {
    assertThatThrownBy(() -> PollTime.parseZone("Mars/Olympus"))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessageContaining("Unknown time zone 'Mars/Olympus'");
    assertThatThrownBy(() -> PollTime.parseZone("+02:00"))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessageContaining("fixed offset");
    assertThatThrownBy(() -> PollTime.parseZone(null)).isInstanceOf(InvalidTimeException.class);
  }

  @Test
  void parsesInstantsWithAnOffsetOrAsLocalTimesInTheZone() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    assertThat(PollTime.parseInstant("2026-07-01T10:00:00Z", paris))
        .isEqualTo(java.time.Instant.parse("2026-07-01T10:00:00Z"));
    assertThat(PollTime.parseInstant("2026-07-01 10:00", paris))
        .isEqualTo(java.time.Instant.parse("2026-07-01T08:00:00Z"));
    assertThatThrownBy(() -> PollTime.parseInstant("2027-03-28 02:30", paris))
        .isInstanceOf(InvalidTimeException.class)
        .hasMessageContaining("does not exist in Europe/Paris");
  }
}
