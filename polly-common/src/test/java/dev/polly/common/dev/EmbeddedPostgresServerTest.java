package dev.polly.common.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development server: started once per data directory, shared by the second process. */
class EmbeddedPostgresServerTest {
  @Test
  void secondCallerOnTheSameDataDirectoryAttachesInsteadOfStarting(@TempDir Path tmp) {
    Path dataDir = tmp.resolve("pg");
    assertThat(EmbeddedPostgresServer.runningPort(dataDir)).isEmpty();

    try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startOrAttach(dataDir)) {
      EmbeddedPostgresServer second = EmbeddedPostgresServer.startOrAttach(dataDir);

      assertThat(first.owned()).isTrue();
      assertThat(second.owned()).isFalse();
      assertThat(second.port()).isEqualTo(first.port());
      assertThat(select1(second)).isEqualTo(1);

      second.stop();
      assertThat(select1(first)).as("the attached process leaves the server running").isEqualTo(1);
    }
    assertThat(EmbeddedPostgresServer.runningPort(dataDir)).isEmpty();
    assertThat(EmbeddedPostgresServer.logFile(dataDir)).exists().isNotEmptyFile();
  }

  private static int select1(EmbeddedPostgresServer server) {
    return Jdbi.create(server.jdbcUrl(), server.user(), server.password())
        .withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
  }
}
