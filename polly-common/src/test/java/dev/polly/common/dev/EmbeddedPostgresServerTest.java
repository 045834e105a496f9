package dev.polly.common.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

  @Test
  void aServerWhoseOwnerDiedIsTakenOverAndStoppedOnExit(@TempDir Path tmp) throws Exception {
    Path dataDir = tmp.resolve("pg");
    EmbeddedPostgresServer crashed = EmbeddedPostgresServer.start(dataDir, 0);
    Process exited = new ProcessBuilder("true").start();
    exited.waitFor();
    // GIVEN the owner recorded for the running server is a process that no longer exists
    Files.writeString(tmp.resolve("pg.owner"), Long.toString(exited.pid()));

    EmbeddedPostgresServer next = EmbeddedPostgresServer.startOrAttach(dataDir);
    assertThat(next.adopted()).isTrue();
    assertThat(next.owned()).isTrue();
    assertThat(next.port()).isEqualTo(crashed.port());
    assertThat(select1(next)).isEqualTo(1);
    assertThat(Files.readString(tmp.resolve("pg.owner")))
        .isEqualTo(Long.toString(ProcessHandle.current().pid()));

    next.stop();
    assertThat(EmbeddedPostgresServer.runningPort(dataDir))
        .as("stopped by the new owner")
        .isEmpty();
    assertThat(tmp.resolve("pg.owner")).doesNotExist();
    try {
      crashed.close();
    } catch (RuntimeException alreadyStopped) {
      // The first handle's server is gone: expected.
    }
  }

  @Test
  void aServerWhoseOwnerIsAliveIsOnlyAttached(@TempDir Path tmp) {
    Path dataDir = tmp.resolve("pg");
    try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startOrAttach(dataDir)) {
      EmbeddedPostgresServer second = EmbeddedPostgresServer.startOrAttach(dataDir);
      assertThat(second.adopted()).isFalse();
      second.stop();
      assertThat(EmbeddedPostgresServer.runningPort(dataDir)).isPresent();
    }
  }

  private static int select1(EmbeddedPostgresServer server) {
    return Jdbi.create(server.jdbcUrl(), server.user(), server.password())
        .withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
  }
}
