package dev.polly.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.MaintenanceCommandsContract;
import dev.polly.common.testing.RepoFiles;
import dev.polly.common.testing.ShippedJar;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shipped polly-bot jar run as an operator runs it, in a child JVM with the repository's
 * config.yml and no DISCORD_TOKEN: the maintenance commands work and exit (the shared {@link
 * MaintenanceCommandsContract} and the token checks here), and bad configuration reads as one line.
 */
class BotCommandsJarIT extends MaintenanceCommandsContract {

  @Test
  @DisplayName("server without DISCORD_TOKEN exits 1 with one line and no stack trace")
  void serverNeedsTheToken() {
    ShippedJar.Result result = jar.run(work, Map.of(), TIMEOUT, "server", config);

    assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
    assertThat(result.stderr().lines())
        .containsExactly(
            "polly-bot: DISCORD_TOKEN is not set: the bot needs a bot token"
                + " (see README, Configuration)");
  }

  @Test
  @DisplayName("a non-numeric REDIS_PORT is named with its value and line, with no stack trace")
  void badNumberNamesTheVariable() throws Exception {
    ShippedJar.Result result =
        jar.run(work, Map.of("REDIS_PORT", "abc", "DISCORD_TOKEN", "x"), TIMEOUT, "server", config);

    assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
    assertThat(result.stderr().lines())
        .containsExactly(
            "REDIS_PORT=abc: redis.port must be a number (config.yml line "
                + lineOf("${REDIS_PORT")
                + ")");
  }

  private static int lineOf(String text) throws Exception {
    List<String> lines = Files.readAllLines(RepoFiles.root().resolve("config.yml"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " is not in config.yml");
  }
}
