package dev.polly.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.dev.EmbeddedRedisServer;
import dev.polly.common.testing.PollyTestApp;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.util.JarLocation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code redis-check config.yml}: one PASS line per step, or a FAIL line and a failed exit. */
class RedisCheckCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @Test
  void passesEveryStepAgainstAWorkingRedis() throws Exception {
    Optional<Throwable> failure = run(TestRedis.get().url());

    assertThat(failure).isEmpty();
    assertThat(output())
        .containsSubsequence(
            "PASS connection",
            "PASS SET",
            "PASS GET",
            "PASS TTL",
            "PASS DEL",
            "PASS region round trip",
            "PASS health check",
            "all steps passed")
        .doesNotContain("FAIL");
  }

  @Test
  void stopsAtTheFirstFailureWithAnError() throws Exception {
    String nobody = "redis://:secret@127.0.0.1:" + EmbeddedRedisServer.freePort();

    Optional<Throwable> failure = run(nobody);

    assertThat(failure).isPresent();
    assertThat(output())
        .contains("FAIL connection")
        .doesNotContain("PASS")
        .doesNotContain("secret");
  }

  private Optional<Throwable> run(String redisUrl) throws Exception {
    Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    Path config =
        Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "redis-check", ".yml");
    Files.writeString(config, "logging:\n  level: WARN\nredis:\n  url: \"" + redisUrl + "\"\n");
    PollyTestApp app = new PollyTestApp();
    Bootstrap<PollyTestApp.Config> bootstrap = new Bootstrap<>(app);
    bootstrap.addCommand(
        new RedisCheckCommand<>(app, new PrintStream(out, true, StandardCharsets.UTF_8)));
    Cli cli = new Cli(new JarLocation(getClass()), bootstrap, out, out);
    return cli.run("redis-check", config.toString());
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }
}
