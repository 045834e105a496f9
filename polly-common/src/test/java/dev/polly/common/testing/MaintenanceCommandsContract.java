package dev.polly.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.dev.EmbeddedRedisServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every shipped jar's maintenance commands must do, run as an operator runs them: {@code java
 * -jar} in a child JVM with the repository's config.yml, only the given variables set, and a
 * timeout and no DISCORD_TOKEN. {@code redis-check} and {@code db migrate} exit by themselves (0 on
 * success, 1 on failure) well within the timeout; a FAIL line names the address and the cause and
 * never the password; the jar is at most {@value #MAX_JAR_MIB} MiB. A failsafe {@code *JarIT} of
 * each module extends this class.
 */
public abstract class MaintenanceCommandsContract {
  /** The ceiling on each shipped jar's size, in MiB (README, "Jar sizes"). */
  public static final int MAX_JAR_MIB = 70;

  /** Generous for a loaded machine; a command that does not exit by itself is killed here. */
  protected static final Duration TIMEOUT = Duration.ofSeconds(90);

  private static final String PASSWORD = "pw-" + Long.toHexString(System.nanoTime());
  private static PasswordRedis redis;

  @TempDir protected Path work;

  protected final ShippedJar jar = ShippedJar.locate();
  protected final String config = RepoFiles.root().resolve("config.yml").toString();

  @BeforeAll
  static void startRedis() {
    redis = new PasswordRedis(PASSWORD);
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  private ShippedJar.Result redisCheck(int port, String password) {
    Map<String, String> env =
        Map.of(
            "REDIS_HOST", redis.host(),
            "REDIS_PORT", Integer.toString(port),
            "REDIS_PASSWORD", password);
    return jar.run(work, env, TIMEOUT, "redis-check", config);
  }

  @Test
  @DisplayName("redis-check against a working Redis passes every step and exits 0 by itself")
  void redisCheckPassesAndExits() {
    ShippedJar.Result result = redisCheck(redis.port(), PASSWORD);

    assertThat(result.timedOut()).as("%s", result).isFalse();
    assertThat(result.exitCode()).as("%s", result).isZero();
    assertThat(result.stdout())
        .contains("PASS connection", "PASS health check", "redis-check: all steps passed")
        .doesNotContain("FAIL");
    assertThat(result.output()).doesNotContain(PASSWORD);
  }

  @Test
  @DisplayName(
      "redis-check with nothing listening exits 1 with a FAIL line naming host, port, cause")
  void redisCheckUnreachableNamesAddressAndCause() {
    int nobody = EmbeddedRedisServer.freePort();

    ShippedJar.Result result = redisCheck(nobody, PASSWORD);

    assertThat(result.timedOut()).as("%s", result).isFalse();
    assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
    assertThat(result.stdout().lines().filter(l -> l.startsWith("FAIL")))
        .containsExactly("FAIL connection (127.0.0.1:" + nobody + ": Connection refused)");
    assertThat(result.output()).doesNotContain(PASSWORD).doesNotContain("\tat ");
  }

  @Test
  @DisplayName(
      "redis-check with a wrong password exits 1, names the cause, never prints a password")
  void redisCheckWrongPasswordNeverPrintsIt() {
    String wrong = "wrong-" + PASSWORD;

    ShippedJar.Result result = redisCheck(redis.port(), wrong);

    assertThat(result.timedOut()).as("%s", result).isFalse();
    assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
    assertThat(result.stdout())
        .contains("FAIL connection (127.0.0.1:" + redis.port() + ": WRONGPASS");
    assertThat(result.output()).doesNotContain(PASSWORD).doesNotContain("\tat ");
  }

  @Test
  @DisplayName("db migrate, with no DISCORD_TOKEN, applies the migrations and exits 0 by itself")
  void dbMigrateExits() {
    TestPostgres pg = TestPostgres.get();
    Map<String, String> env = Map.of("DATABASE_URL", pg.jdbcUrl(), "DATABASE_USER", pg.user());

    ShippedJar.Result result = jar.run(work, env, TIMEOUT, "db", "migrate", config);

    assertThat(result.timedOut()).as("%s", result).isFalse();
    assertThat(result.exitCode()).as("%s", result).isZero();
    assertThat(result.output()).contains("schema version is now").doesNotContain("DISCORD_TOKEN");
  }

  @Test
  @DisplayName("the shipped jar is at most 70 MiB")
  void jarIsLean() throws Exception {
    long bytes = Files.size(jar.path());

    assertThat(bytes)
        .as("%s is %d bytes", jar.path(), bytes)
        .isLessThanOrEqualTo(MAX_JAR_MIB * 1024L * 1024L);
  }
}
