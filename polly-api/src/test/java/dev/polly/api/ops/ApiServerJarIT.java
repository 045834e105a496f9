package dev.polly.api.ops;

import dev.polly.common.dev.EmbeddedRedisServer;
import dev.polly.common.testing.JarEnvironment;
import dev.polly.common.testing.PasswordRedis;
import dev.polly.common.testing.ServerJarStart;
import dev.polly.common.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped polly-api jar's {@code server}, started as an operator starts it (child JVM, the
 * repository's config.yml, a password-protected Redis as in production): it serves, prints none of
 * logback's status report or Redisson's deprecation warnings, and its admin port answers on
 * loopback only.
 */
class ApiServerJarIT {
  @TempDir Path work;

  @Test
  @DisplayName("server starts quietly: no logback status lines, no Redisson deprecation warnings")
  void startsWithoutNoise() throws Exception {
    int port = EmbeddedRedisServer.freePort();
    int adminPort = EmbeddedRedisServer.freePort();
    try (PasswordRedis redis = new PasswordRedis("pw-" + System.nanoTime());
        ServerJarStart api =
            ServerJarStart.start(
                work,
                JarEnvironment.production(TestPostgres.get(), redis)
                    .with("API_PORT", port)
                    .with("API_ADMIN_PORT", adminPort))) {
      api.answersOk(port, "/health", "/health answers 200")
          .adminHealthyOnLoopback(adminPort, "admin /healthcheck answers 200 on loopback")
          .startedQuietly(redis.password());
    }
  }
}
