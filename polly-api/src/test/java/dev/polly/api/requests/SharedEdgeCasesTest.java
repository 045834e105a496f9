package dev.polly.api.requests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.api.FieldError;
import dev.polly.api.api.OptionRequest;
import dev.polly.api.api.PollRequest;
import dev.polly.api.errors.ValidationFailedException;
import dev.polly.common.testing.PollEdgeCases;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API's side of the shared poll edge cases ({@link PollEdgeCases}): the reader behind create,
 * edit, import and duplicate accepts exactly the cases the bot's parser accepts, and names the same
 * field when it refuses.
 */
class SharedEdgeCasesTest {
  static List<PollEdgeCases.Case> cases() {
    return PollEdgeCases.all();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void acceptsAndRefusesLikeTheBot(PollEdgeCases.Case c) {
    List<String> refused;
    try {
      PollRequestReader.read(request(c), 1, PollEdgeCases.NOW, ZoneId.of("UTC"));
      refused = List.of();
    } catch (ValidationFailedException e) {
      refused = e.errors().stream().map(FieldError::field).toList();
    }
    assertThat(refused).isEqualTo(c.accepted() ? List.of() : List.of(c.refuse()));
  }

  static PollRequest request(PollEdgeCases.Case c) {
    return new PollRequest(
        Long.toString(PollRequestReaderTest.GUILD),
        "200",
        c.title(),
        c.question(),
        c.options().stream().map(label -> new OptionRequest(label, null)).toList(),
        false,
        false,
        c.maxChoices(),
        null,
        null,
        false,
        false,
        c.imageUrl(),
        c.opensAt(),
        c.closesAt(),
        c.durationMinutes(),
        c.timezone(),
        null,
        null,
        null);
  }
}
