package dev.polly.bot.features.poll.create;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.PollEdgeCases;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bot's side of the shared poll edge cases ({@link PollEdgeCases}): {@code /poll create}
 * accepts exactly the cases the API accepts, and its refusal names the same field, as the member
 * typed it.
 */
class SharedEdgeCasesTest {
  private final PollRequestParser parser = new PollRequestParser();

  static List<PollEdgeCases.Case> cases() {
    return PollEdgeCases.all();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void acceptsAndRefusesLikeTheApi(PollEdgeCases.Case c) {
    PollRequest request = request(c);
    PollRequestParser.Result result =
        parser.parse(request, new PollRequestParser.Context(1, 2, 3, null, PollEdgeCases.NOW));

    if (c.accepted()) {
      assertThat(result.error()).isNull();
      assertThat(result.poll()).isNotNull();
    } else {
      assertThat(result.poll()).isNull();
      assertThat(result.error()).startsWith(RuleMessages.subject(c.refuse(), request) + " ");
    }
  }

  static PollRequest request(PollEdgeCases.Case c) {
    return new PollRequest(
        c.question(),
        String.join("|", c.options()),
        c.title(),
        false,
        false,
        c.maxChoices(),
        c.durationMinutes() == null ? null : c.durationMinutes() + "m",
        c.closesAt(),
        c.opensAt(),
        c.timezone(),
        null,
        null,
        c.imageUrl(),
        null,
        null);
  }
}
