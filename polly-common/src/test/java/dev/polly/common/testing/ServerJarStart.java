package dev.polly.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A shipped jar's {@code server} with the repository's config.yml, started as an operator starts it
 * ({@link ShippedJar}, child JVM), and the start-up checks every server jar passes: an endpoint
 * answers, the admin port answers on loopback only, and the output says it started with none of the
 * {@link StartupNoise} and no secret. Closing it kills the process.
 */
public final class ServerJarStart implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

  private final ShippedJar.Running server;

  private ServerJarStart(ShippedJar.Running server) {
    this.server = server;
  }

  /** Starts {@code server config.yml} of the module's jar ({@link ShippedJar#locate}) in work. */
  public static ServerJarStart start(Path work, JarEnvironment env) {
    return new ServerJarStart(
        ShippedJar.locate()
            .start(work, env.toMap(), "server", RepoFiles.root().resolve("config.yml").toString()));
  }

  /**
   * Asserts that {@code http://127.0.0.1:port/path} answers 200 within two minutes, while the
   * process runs; {@code what} names the check in the failure, with the output so far.
   */
  public ServerJarStart answersOk(int port, String path, String what) throws InterruptedException {
    assertThat(StartupNoise.awaitOk(server, port, path, START_TIMEOUT))
        .as("%s: %s", what, server.output())
        .isTrue();
    return this;
  }

  /**
   * Asserts that the admin port's {@code /healthcheck} answers 200 within two minutes and that the
   * admin port listens on loopback only.
   */
  public ServerJarStart adminHealthyOnLoopback(int adminPort, String what)
      throws InterruptedException {
    answersOk(adminPort, "/healthcheck", what);
    assertThat(LocalAddresses.loopbackOnly(adminPort)).as("admin port on loopback only").isTrue();
    return this;
  }

  /**
   * Asserts that the output says {@code Started}, holds no start-up noise line and never shows
   * {@code secret}.
   */
  public void startedQuietly(String secret) {
    String output = server.output();
    assertThat(output).contains("Started");
    assertThat(StartupNoise.lines(output)).isEmpty();
    assertThat(output).doesNotContain(secret);
  }

  /** Kills the process and its children. */
  @Override
  public void close() {
    server.kill();
  }
}
