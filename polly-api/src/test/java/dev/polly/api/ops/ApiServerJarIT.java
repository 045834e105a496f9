package dev.polly.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.dev.EmbeddedRedisServer;
import dev.polly.common.testing.JarEnvironment;
import dev.polly.common.testing.LocalAddresses;
import dev.polly.common.testing.PasswordRedis;
import dev.polly.common.testing.RepoFiles;
import dev.polly.common.testing.ShippedJar;
import dev.polly.common.testing.StartupNoise;
import dev.polly.common.testing.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
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
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  @TempDir Path work;

  @Test
  @DisplayName("server starts quietly: no logback status lines, no Redisson deprecation warnings")
  void startsWithoutNoise() throws Exception {
    TestPostgres pg = TestPostgres.get();
    int port = EmbeddedRedisServer.freePort();
    int adminPort = EmbeddedRedisServer.freePort();
    try (PasswordRedis redis = new PasswordRedis("pw-" + System.nanoTime())) {
      ShippedJar.Running api =
          ShippedJar.locate()
              .start(
                  work,
                  JarEnvironment.production(pg, redis)
                      .with("API_PORT", port)
                      .with("API_ADMIN_PORT", adminPort)
                      .toMap(),
                  "server",
                  RepoFiles.root().resolve("config.yml").toString());
      try {
        assertThat(StartupNoise.awaitOk(api, port, "/health", START_TIMEOUT))
            .as("/health answers 200: %s", api.output())
            .isTrue();
        assertThat(StartupNoise.awaitOk(api, adminPort, "/healthcheck", START_TIMEOUT))
            .as("admin /healthcheck answers 200 on loopback: %s", api.output())
            .isTrue();
        assertThat(LocalAddresses.loopbackOnly(adminPort))
            .as("admin port on loopback only")
            .isTrue();

        String output = api.output();
        assertThat(output).contains("Started");
        assertThat(StartupNoise.lines(output)).isEmpty();
        assertThat(output).doesNotContain(redis.password());
      } finally {
        api.kill();
      }
    }
  }
}
