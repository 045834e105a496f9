package dev.polly.api.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One poll demo mode seeds, as {@code demo/polls.json} (on the classpath) describes it: opening and
 * closing in minutes from the seeding time (negative: in the past), whether it ends closed, and
 * each option with the votes it gets.
 */
record DemoPoll(
    String title,
    String question,
    boolean anonymous,
    long opensInMinutes,
    long closesInMinutes,
    boolean closed,
    List<Option> options) {

  /** An option and how many made-up voters pick it. */
  record Option(String label, String emoji, int votes) {}

  private static final String RESOURCE = "/demo/polls.json";

  /** The demo polls shipped with the API, in seeding order. */
  static List<DemoPoll> shipped() {
    try (InputStream in = DemoPoll.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return new ObjectMapper().readValue(in, new TypeReference<List<DemoPoll>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + RESOURCE, e);
    }
  }

  Instant opensAt(Instant now) {
    return now.plus(Duration.ofMinutes(opensInMinutes));
  }

  Instant closesAt(Instant now) {
    return now.plus(Duration.ofMinutes(closesInMinutes));
  }
}
