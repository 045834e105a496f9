package dev.polly.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.dev.EmbeddedRedisServer;
import dev.polly.common.testing.JarEnvironment;
import dev.polly.common.testing.PasswordRedis;
import dev.polly.common.testing.RepoFiles;
import dev.polly.common.testing.ShippedJar;
import dev.polly.common.testing.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped polly-bot jar's {@code server} when Discord cannot be reached at all (a host name
 * that never resolves): the operator reads one WARN line naming the address and the cause, the
 * process keeps retrying with backoff instead of dying, and no exception trace fills the log.
 */
class UnreachableDiscordJarIT {
  private static final Duration WATCH = Duration.ofSeconds(45);

  @TempDir Path work;

  @Test
  @DisplayName(
      "Discord unreachable at startup: one clear line, no stack trace, the bot keeps retrying")
  void unreachableDiscordIsOneLine() throws Exception {
    TestPostgres pg = TestPostgres.get();
    try (PasswordRedis redis = new PasswordRedis("pw-" + System.nanoTime())) {
      ShippedJar.Running bot =
          ShippedJar.locate()
              .start(
                  work,
                  JarEnvironment.production(pg, redis)
                      .with("DISCORD_TOKEN", "MTIz.unreachable.token")
                      .with("DISCORD_API_BASE_URL", "http://discord.invalid/api/v10")
                      .with("DISCORD_GATEWAY_URL", "wss://gateway.invalid")
                      .with("BOT_ADMIN_PORT", EmbeddedRedisServer.freePort())
                      .toMap(),
                  "server",
                  RepoFiles.root().resolve("config.yml").toString());
      Thread.sleep(WATCH.toMillis());
      String output = bot.output();
      boolean waiting = bot.process().isAlive();
      bot.kill();
      List<String> waits =
          output.lines().filter(l -> l.contains("Discord is unreachable at")).toList();
      assertThat(waiting).as("the bot keeps waiting for Discord: %s", output).isTrue();
      assertThat(waits)
          .as(output)
          .hasSizeBetween(2, 6)
          .allSatisfy(
              line ->
                  assertThat(line)
                      .startsWith("WARN")
                      .contains(
                          "Discord is unreachable at http://discord.invalid/api/v10"
                              + " (host discord.invalid does not resolve): retrying in"));
      assertThat(output.lines().filter(l -> l.matches("!? *at .*|.*Exception: .*")))
          .as("no exception trace: %s", output)
          .isEmpty();
      assertThat(output).doesNotContain("ERROR").doesNotContain(redis.password());
    }
  }
}
