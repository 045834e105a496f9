package dev.polly.api.logging;

import static dev.polly.api.support.World.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.api.PollyApiApplication;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import io.dropwizard.testing.ConfigOverride;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The access log (logback-access, written to a file here) records OAuth callbacks without their
 * {@code code} and {@code state} values, also when they arrive in a {@code Referer}; other query
 * strings are logged as they came.
 */
class AccessLogRedactionTest {
  static final Path LOG = accessLogFile();

  @RegisterExtension
  static final RunningApi API =
      new RunningApi(
          "access-log-config.yml",
          PollyApiApplication.class,
          ConfigOverride.config(
              "server.requestLog.appenders[0].currentLogFilename", LOG.toString()));

  @Test
  @DisplayName("a callback is logged with its code and state values redacted")
  void callbackCodeAndStateAreRedacted() {
    Http http = API.http();
    Login.Started started = Login.start(http);
    Http.Resp callback = Login.callback(http, ALICE.code(), started.state(), started.stateCookie());
    assertThat(callback.status()).isEqualTo(303);
    String forged = "forged-state-0123456789";
    Http.Resp refused =
        http.send(
            http.request("/auth/callback?STATE=" + forged + "&Code=stolen-code-42&x=1", null)
                .header("Referer", "https://dash.example/auth/callback?code=from-referer&a=b")
                .GET()
                .build());
    assertThat(refused.status()).isEqualTo(400);
    http.get("/api/ping?probe=kept-value", null);

    String log = awaitLogContaining("probe=kept-value");
    assertThat(log)
        .contains("/auth/callback?code=redacted&state=redacted")
        .contains("/auth/callback?STATE=redacted&Code=redacted&x=1")
        .contains("https://dash.example/auth/callback?code=redacted&a=b")
        .doesNotContain(ALICE.code())
        .doesNotContain(started.state())
        .doesNotContain(forged)
        .doesNotContain("stolen-code-42")
        .doesNotContain("from-referer");
  }

  private static String awaitLogContaining(String marker) {
    await().atMost(Duration.ofSeconds(10)).until(() -> read().contains(marker));
    return read();
  }

  private static String read() {
    try {
      return Files.exists(LOG) ? Files.readString(LOG) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path accessLogFile() {
    try {
      return Files.createTempDirectory("polly-access-log").resolve("access.log");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
