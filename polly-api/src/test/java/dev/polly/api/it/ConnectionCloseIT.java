package dev.polly.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.support.KeepAliveConnection;
import dev.polly.api.support.RunningApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A keep-alive client sends its next request on the connection of the previous answer unless that
 * answer said {@code Connection: close}. So after every answer of the malformed-request corpus
 * ({@link BadInputCorpus}) the API either says {@code Connection: close} or serves the next request
 * on the same connection; an unannounced close makes the client's next request fail with "header
 * parser received no bytes".
 */
class ConnectionCloseIT {
  @RegisterExtension static final RunningApi API = new RunningApi();

  @Test
  @DisplayName(
      "after every error answer the API serves the next request, or said Connection: close")
  void everyErrorAnswerKeepsTheConnectionOrSaysItCloses() {
    List<BadInputCorpus.Case> corpus = BadInputCorpus.forAlicesNewPoll(API.http());

    List<String> failures = new ArrayList<>();
    int announced = 0;
    for (BadInputCorpus.Case c : corpus) {
      try (KeepAliveConnection connection = new KeepAliveConnection(API.app().getLocalPort())) {
        Optional<KeepAliveConnection.Answer> answer =
            connection.exchange(c.method(), c.path(), c.headers(), c.body(), c.chunked());
        if (answer.isEmpty()) {
          failures.add(c.name() + ": no answer at all");
        } else if (answer.get().announcesClose()) {
          announced++;
        } else if (connection.exchange("GET", "/api/ping", Map.of(), null, false).isEmpty()) {
          failures.add(
              c.name()
                  + ": the connection was closed after "
                  + answer.get().status()
                  + " without Connection: close");
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(announced)
        .as("answers that close the connection (bad URIs, huge headers)")
        .isPositive();
  }
}
