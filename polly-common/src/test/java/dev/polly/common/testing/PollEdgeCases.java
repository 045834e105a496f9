package dev.polly.common.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * The poll edge cases of {@code fixtures/poll-edge-cases.json}, fed to every entry point that
 * creates a poll (the API's validator, the bot's parser) so that both accept and refuse exactly the
 * same polls. Times are ISO-8601, with an offset or local to {@code timezone}, relative to {@link
 * #NOW}.
 */
public final class PollEdgeCases {
  /** The instant at which every case is judged. */
  public static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  private static final String RESOURCE = "/fixtures/poll-edge-cases.json";

  private PollEdgeCases() {}

  /**
   * One case: the poll's fields as a user gives them, and the field a refusal names ({@code null}
   * when the poll must be accepted).
   */
  public record Case(
      String name,
      String title,
      String question,
      List<String> options,
      Integer maxChoices,
      String imageUrl,
      String timezone,
      String opensAt,
      String closesAt,
      Integer durationMinutes,
      String refuse) {
    public boolean accepted() {
      return refuse == null;
    }

    @Override
    public String toString() {
      return name + (refuse == null ? " -> accepted" : " -> refused on " + refuse);
    }
  }

  /** Every case of the fixture file. */
  public static List<Case> all() {
    ObjectMapper json =
        new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in = PollEdgeCases.class.getResourceAsStream(RESOURCE)) {
      return json.readValue(in, new TypeReference<List<Case>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
