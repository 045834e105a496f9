package dev.polly.api.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polly.common.domain.PollKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One poll demo mode seeds, as {@code demo/polls.json} (on the classpath) describes it: opening and
 * closing in minutes from the seeding time (negative: in the past), whether it ends closed, each
 * option with the votes it gets and, for a {@code ranked} poll, the ballots (option positions,
 * first choice first) cast on it.
 */
record DemoPoll(
    String title,
    String question,
    String kind,
    boolean anonymous,
    long opensInMinutes,
    long closesInMinutes,
    boolean closed,
    List<Option> options,
    List<List<Integer>> ballots) {

  DemoPoll {
    ballots = ballots == null ? List.of() : ballots;
  }

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

  /** {@code choice} unless the file says {@code ranked}. */
  PollKind pollKind() {
    return kind == null ? PollKind.CHOICE : PollKind.parse(kind).orElseThrow();
  }

  Instant opensAt(Instant now) {
    return now.plus(Duration.ofMinutes(opensInMinutes));
  }

  Instant closesAt(Instant now) {
    return now.plus(Duration.ofMinutes(closesInMinutes));
  }
}
