package dev.polly.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.PollyTestApp;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /prometheus} on the admin port of a real Dropwizard app: labelled cache metrics with exact
 * counts, Jersey's {@code @Timed} {@code .total} duplicates survive the scrape, and the whole
 * output passes {@code promtool check metrics} (the Debian package {@code prometheus} must be
 * installed).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PrometheusEndpointTest {
  private static final DropwizardAppExtension<PollyTestApp.Config> APP =
      new DropwizardAppExtension<>(
          PollyTestApp.class,
          ResourceHelpers.resourceFilePath("polly-test-app.yml"),
          ConfigOverride.config("redis.url", () -> TestRedis.get().url()));

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void cacheCountersAppearLabelledAndTheScrapePassesPromtool() throws Exception {
    long id = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
    // one miss, then two hits of user_prefs through a @Timed resource
    for (int i = 0; i < 3; i++) {
      assertThat(get(APP.getLocalPort(), "/prefs/" + id).statusCode()).isEqualTo(200);
    }
    long hits = APP.getEnvironment().metrics().counter("polly.cache.user_prefs.hit").getCount();
    long misses = APP.getEnvironment().metrics().counter("polly.cache.user_prefs.miss").getCount();

    HttpResponse<String> scrape = get(APP.getAdminPort(), "/prometheus");

    Files.writeString(Path.of("target", "prometheus-scrape.txt"), scrape.body());
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body())
        .contains("polly_cache_gets_total{cache=\"user_prefs\",result=\"hit\"} " + (double) hits)
        .contains("polly_cache_gets_total{cache=\"user_prefs\",result=\"miss\"} " + (double) misses)
        .contains("polly_cache_errors_total{cache=\"guild\"} 0.0")
        .contains("polly_cache_bypasses_total{cache=\"poll_results\"}")
        .contains("polly_cache_load_seconds_count{cache=\"user_prefs\"}")
        .contains("polly_cache_hit_ratio{cache=\"user_prefs\"}")
        .contains("polly_redis_circuit_state 0.0")
        .contains("polly_redis_up 1.0")
        .contains("prefs_resource_get") // the @Timed timer, despite its .total twin
        .doesNotContain("polly_cache_user_prefs_hit");
    assertThat(hits).isGreaterThanOrEqualTo(2);
    assertThat(APP.getEnvironment().metrics().getNames())
        .as("Jersey's .total twin exists, so the scrape above survived it")
        .anyMatch(name -> name.endsWith("PrefsResource.get.total"));
    assertThat(promtool(scrape.body())).isEqualTo("");
  }

  @Test
  void redisHealthCheckReportsConnected() throws Exception {
    HttpResponse<String> health = get(APP.getAdminPort(), "/healthcheck");
    assertThat(health.body()).contains("\"redis\":{\"healthy\":true").contains("round trip");
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Runs {@code promtool check metrics}; returns its complaints ("" when it accepts). */
  static String promtool(String exposition) throws IOException, InterruptedException {
    Path promtool = Path.of("/usr/bin/promtool");
    assertThat(Files.isExecutable(promtool))
        .as("promtool is required: apt-get install prometheus")
        .isTrue();
    Process process =
        new ProcessBuilder(promtool.toString(), "check", "metrics")
            .redirectErrorStream(true)
            .start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(exposition.getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return process.exitValue() == 0 ? "" : "exit " + process.exitValue() + ": " + output;
  }
}
