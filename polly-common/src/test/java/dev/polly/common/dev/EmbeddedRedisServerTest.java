package dev.polly.common.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development Redis: a server left behind by a dead owner is stopped by the next start. */
class EmbeddedRedisServerTest {
  @Test
  void aRedisWhoseOwnerDiedIsStoppedByTheNextStart(@TempDir Path tmp) throws Exception {
    EmbeddedRedisServer orphan = new EmbeddedRedisServer(EmbeddedRedisServer.freePort(), tmp);
    orphan.start();
    long orphanPid = orphan.pid().orElseThrow();
    Process exited = new ProcessBuilder("true").start();
    exited.waitFor();
    // GIVEN the recorded owner of the running redis-server no longer exists
    Files.writeString(tmp.resolve("owners").resolve(Long.toString(orphanPid)), "" + exited.pid());

    EmbeddedRedisServer next = new EmbeddedRedisServer(EmbeddedRedisServer.freePort(), tmp);
    next.start();
    try {
      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> ProcessHandle.of(orphanPid).map(p -> !p.isAlive()).orElse(true));
      assertThat(tmp.resolve("owners").resolve(Long.toString(orphanPid))).doesNotExist();
      assertThat(next.running()).isTrue();
    } finally {
      next.stop();
    }
    assertThat(tmp.resolve("owners")).isEmptyDirectory();
  }

  @Test
  void aRedisWhoseOwnerIsAliveIsLeftAlone(@TempDir Path tmp) throws Exception {
    EmbeddedRedisServer first = new EmbeddedRedisServer(EmbeddedRedisServer.freePort(), tmp);
    first.start();
    EmbeddedRedisServer second = new EmbeddedRedisServer(EmbeddedRedisServer.freePort(), tmp);
    second.start();
    try {
      assertThat(first.running()).isTrue();
      assertThat(ProcessHandle.of(first.pid().orElseThrow()).map(ProcessHandle::isAlive))
          .contains(true);
    } finally {
      second.stop();
      first.stop();
    }
  }
}
