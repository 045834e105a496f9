package dev.polly.bot.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.bot.PollyBotApplication;
import dev.polly.bot.fake.FakeDiscord;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator sees when the bot cannot start because of its token: one line, no trace. */
class StartupErrorsTest {
  @TempDir Path dir;

  private String runServer(String yaml) throws Exception {
    return runServerWith(Files.writeString(dir.resolve("bot.yml"), yaml));
  }

  private String runServerWith(Path config) throws Exception {
    PollyBotApplication app = new PollyBotApplication();
    Bootstrap<dev.polly.bot.BotConfiguration> bootstrap = new Bootstrap<>(app);
    new TestableApp(app).addDefaults(bootstrap);
    app.initialize(bootstrap);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Cli cli =
        new Cli(
            new JarLocation(getClass()),
            bootstrap,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    Optional<Throwable> failure = cli.run("server", config.toString());
    assertThat(failure).isPresent();
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName(
      "the shipped config.yml without DISCORD_TOKEN prints one line pointing to the README")
  void missingToken() throws Exception {
    Assumptions.assumeTrue(System.getenv("DISCORD_TOKEN") == null, "DISCORD_TOKEN is set here");
    String err = runServerWith(Path.of("../config.yml"));
    assertThat(err.lines())
        .containsExactly(
            "polly-bot: DISCORD_TOKEN is not set: the bot needs a bot token (see README, Configuration)");
  }

  @Test
  @DisplayName("a token Discord rejects (401 at /users/@me) prints one line")
  void invalidToken() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start()) {
      String err =
          runServer(
              "discord:\n  token: 'not-the-token'\n  apiBaseUrl: '"
                  + discord.apiBaseUrl()
                  + "'\nbot:\n  server:\n    type: default\n"
                  + "    applicationConnectors: []\n    adminConnectors:\n      - type: http\n"
                  + "        port: 0\n");
      assertThat(err.lines()).containsExactly("polly-bot: " + TokenCheck.INVALID);
      assertThat(discord.calls())
          .singleElement()
          .satisfies(c -> assertThat(c.path()).isEqualTo("/users/@me"))
          .satisfies(c -> assertThat(c.status()).isEqualTo(401));
    }
  }

  /** Exposes the protected default-command registration of the application. */
  private static final class TestableApp {
    private final PollyBotApplication app;

    TestableApp(PollyBotApplication app) {
      this.app = app;
    }

    void addDefaults(Bootstrap<dev.polly.bot.BotConfiguration> bootstrap) {
      bootstrap.addCommand(new BotServerCommand(app));
    }
  }
}
