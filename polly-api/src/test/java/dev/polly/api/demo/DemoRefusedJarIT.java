package dev.polly.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.RepoFiles;
import dev.polly.common.testing.ShippedJar;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped polly-api jar with the repository's config.yml refuses demo mode next to a Discord
 * application: one line on standard error, no stack trace, exit code 1, and nothing started.
 */
class DemoRefusedJarIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  @TempDir Path work;

  private final ShippedJar jar = ShippedJar.locate();
  private final String config = RepoFiles.root().resolve("config.yml").toString();

  @Test
  @DisplayName("POLLY_DEMO=true with DISCORD_CLIENT_ID set exits 1 with one clear line")
  void demoWithADiscordApplicationIsRefused() {
    ShippedJar.Result result =
        jar.run(
            work,
            Map.of("POLLY_DEMO", "true", "DISCORD_CLIENT_ID", "123456789012345678"),
            TIMEOUT,
            "server",
            config);

    assertThat(result.timedOut()).as("%s", result).isFalse();
    assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
    assertThat(result.stderr().lines().filter(line -> !line.isBlank()))
        .singleElement()
        .asString()
        .contains("POLLY_DEMO=true cannot run with DISCORD_CLIENT_ID set")
        .doesNotContain("Exception");
    assertThat(result.output()).doesNotContain("Polly dashboard:", "Started", "seeded");
  }
}
