package dev.polly.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The scrape-and-check steps of the "charts are real" tests of every process: scrape a live admin
 * {@code /prometheus} (keeping a copy under {@code target/ops/} for whoever adds a panel), list
 * what the dashboards and alert groups query that the scrape lacks, and run promtool over it.
 */
public final class LiveMetrics {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private LiveMetrics() {}

  /** {@code GET http://127.0.0.1:{port}{path}}, as text. */
  public static HttpResponse<String> get(int port, String path) {
    URI uri = URI.create("http://127.0.0.1:" + port + path);
    try {
      return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + uri, e);
    }
  }

  /**
   * The body of {@code /prometheus} on {@code adminPort}, which must answer 200; also written to
   * {@code target/ops/{keepAs}}.
   */
  public static String scrape(int adminPort, String keepAs) {
    HttpResponse<String> response = get(adminPort, "/prometheus");
    assertThat(response.statusCode()).as("GET /prometheus on the admin port").isEqualTo(200);
    try {
      Files.writeString(
          Files.createDirectories(Path.of("target", "ops")).resolve(keepAs), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return response.body();
  }

  /**
   * What the {@code dashboards} (file names under the monitoring dashboards) and the alert groups
   * {@code alertGroups} query that {@code scrape} lacks: metrics, labels or label values; empty
   * when every chart and alert has its series.
   */
  public static List<String> missing(
      String scrape, List<String> dashboards, Set<String> alertGroups) {
    return DashboardMetrics.problems(
        Exposition.parse(scrape), DashboardMetrics.queries(dashboards, alertGroups));
  }

  /** Asserts that {@code promtool check metrics} ingests {@code scrape} without a finding. */
  public static void assertPromtoolAccepts(String scrape) {
    Promtool.MetricsCheck check = Promtool.checkMetrics(scrape);

    assertThat(check.findings()).isEmpty();
    assertThat(check.exitCode()).isZero();
  }
}
