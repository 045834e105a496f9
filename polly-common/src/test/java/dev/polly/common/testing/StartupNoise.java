package dev.polly.common.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines a starting Polly process must not print: logback's own status report (lines such as {@code
 * 01:22:15,493 |-WARN in LogbackAccessRequestLog - Versions of ... are different!}) and Redisson's
 * deprecation warnings about where the password is set. Plus a wait for a child process's HTTP
 * endpoint, for tests that start a shipped jar's {@code server}.
 */
public final class StartupNoise {
  private static final List<Pattern> NOISE =
      List.of(
          Pattern.compile("\\|-(INFO|WARN|ERROR) in "),
          Pattern.compile("are different!"),
          Pattern.compile("Expected version of "),
          Pattern.compile("(password|username) setting is deprecated"));

  private StartupNoise() {}

  /** The lines of {@code output} that are start-up noise. */
  public static List<String> lines(String output) {
    return output
        .lines()
        .filter(line -> NOISE.stream().anyMatch(p -> p.matcher(line).find()))
        .toList();
  }

  /**
   * Polls {@code http://127.0.0.1:port/path} until it answers 200; false when {@code running} exits
   * or {@code timeout} passes first.
   */
  public static boolean awaitOk(ShippedJar.Running running, int port, String path, Duration timeout)
      throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && running.process().isAlive()) {
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    return false;
  }
}
