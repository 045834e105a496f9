package dev.polly.bot.ops;

import dev.polly.bot.fake.FakeDiscord;
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
 * The shipped polly-bot jar's {@code server}, started as an operator starts it (child JVM, the
 * repository's config.yml, a password-protected Redis as in production) against the local fake
 * Discord: it connects, prints none of logback's status report or Redisson's deprecation warnings,
 * and its admin port answers on loopback only.
 */
class BotServerJarIT {
  @TempDir Path work;

  @Test
  @DisplayName("server starts quietly: no logback status lines, no Redisson deprecation warnings")
  void startsWithoutNoise() throws Exception {
    int adminPort = EmbeddedRedisServer.freePort();
    try (FakeDiscord discord = FakeDiscord.start();
        PasswordRedis redis = new PasswordRedis("pw-" + System.nanoTime());
        ServerJarStart bot =
            ServerJarStart.start(
                work,
                JarEnvironment.production(TestPostgres.get(), redis)
                    .with("DISCORD_TOKEN", FakeDiscord.TOKEN)
                    .with("DISCORD_API_BASE_URL", discord.apiBaseUrl())
                    .with("DISCORD_GATEWAY_URL", discord.gatewayUrl())
                    .with("BOT_ADMIN_PORT", adminPort))) {
      bot.adminHealthyOnLoopback(
              adminPort, "admin /healthcheck (gateway, database, redis) answers 200")
          .startedQuietly(redis.password());
    }
  }
}
