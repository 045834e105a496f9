package dev.polly.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.domain.Session;
import dev.polly.common.persistence.SessionDao;
import dev.polly.common.testing.TestPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class SessionSweeperTest {
  @Test
  void deletesExpiredSessionsAndKeepsLiveOnes() {
    // GIVEN one expired and one live session in PostgreSQL
    SessionDao dao = TestPostgres.get().database().sessions();
    Instant now = Instant.now();
    dao.create(
        new Session(
            "sweep-expired", 1L, "a", null, List.of(), now.minusSeconds(600), now.minusSeconds(1)));
    dao.create(new Session("sweep-live", 2L, "b", null, List.of(), now, now.plusSeconds(600)));
    var executor = Executors.newSingleThreadScheduledExecutor();
    try {
      // WHEN the sweeper runs
      int deleted =
          new SessionSweeper(dao, executor, Clock.systemUTC(), Duration.ofHours(1)).sweep();

      // THEN only the expired one is gone
      assertThat(deleted).isGreaterThanOrEqualTo(1);
      assertThat(dao.findUnexpired("sweep-live", now)).isPresent();
      assertThat(dao.delete("sweep-expired")).isFalse();
    } finally {
      executor.shutdownNow();
      dao.delete("sweep-live");
    }
  }
}
