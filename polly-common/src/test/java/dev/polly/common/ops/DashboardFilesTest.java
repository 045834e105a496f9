package dev.polly.common.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.polly.common.testing.MonitoringQuery;
import dev.polly.common.testing.PromQlSelectors;
import dev.polly.common.testing.Promtool;
import dev.polly.common.testing.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Grafana dashboards are valid, use the provisioned datasource, and chart what the brief asks.
 */
class DashboardFilesTest {

  private static JsonNode dashboard(String name) throws IOException {
    return new ObjectMapper().readTree(RepoFiles.docker("grafana/dashboards/" + name).toFile());
  }

  private static List<JsonNode> panels(JsonNode dashboard) {
    List<JsonNode> panels = new ArrayList<>();
    for (JsonNode panel : dashboard.path("panels")) {
      if (!"row".equals(panel.path("type").asText())) {
        panels.add(panel);
      }
      panel.path("panels").forEach(panels::add);
    }
    return panels;
  }

  private static Set<String> metrics(String name) {
    return MonitoringQuery.fromDashboard(RepoFiles.docker("grafana/dashboards/" + name)).stream()
        .flatMap(q -> q.selectors().stream())
        .map(PromQlSelectors.Selector::metric)
        .collect(Collectors.toSet());
  }

  private static String datasourceUid() throws IOException {
    JsonNode provisioning =
        new YAMLMapper()
            .readTree(RepoFiles.docker("grafana/provisioning/datasources/prometheus.yml").toFile());
    return provisioning.path("datasources").get(0).path("uid").asText();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cache.json", "api.json", "bot.json"})
  void everyPanelQueriesTheProvisionedPrometheusWithAQueryThatNamesMetrics(String name)
      throws IOException {
    JsonNode dashboard = dashboard(name);
    String uid = datasourceUid();

    assertThat(dashboard.path("uid").asText()).startsWith("polly-");
    assertThat(dashboard.path("schemaVersion").asInt()).isBetween(36, 41);
    assertThat(panels(dashboard)).isNotEmpty();
    for (JsonNode panel : panels(dashboard)) {
      String title = panel.path("title").asText();
      assertThat(panel.path("datasource").path("uid").asText()).as(title).isEqualTo(uid);
      assertThat(panel.path("targets")).as(title).isNotEmpty();
      for (JsonNode target : panel.path("targets")) {
        assertThat(target.path("datasource").path("uid").asText()).as(title).isEqualTo(uid);
        assertThat(PromQlSelectors.parse(target.path("expr").asText())).as(title).isNotEmpty();
      }
    }
    for (MonitoringQuery query :
        MonitoringQuery.fromDashboard(RepoFiles.docker("grafana/dashboards/" + name))) {
      assertThat(query.selectors()).as(query.source()).isNotEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"cache.json", "api.json", "bot.json"})
  void panelsHaveUniqueIdsAndDoNotOverlapOnTheGrid(String name) throws IOException {
    List<JsonNode> panels = panels(dashboard(name));
    Set<Integer> ids = new HashSet<>();
    Set<String> cells = new HashSet<>();
    for (JsonNode panel : panels) {
      assertThat(ids.add(panel.path("id").asInt())).as("unique id %s", panel.path("id")).isTrue();
      JsonNode grid = panel.path("gridPos");
      int x = grid.path("x").asInt();
      int w = grid.path("w").asInt();
      assertThat(x + w).as(panel.path("title").asText()).isLessThanOrEqualTo(24);
      for (int dx = 0; dx < w; dx++) {
        for (int dy = 0; dy < grid.path("h").asInt(); dy++) {
          String cell = (x + dx) + "," + (grid.path("y").asInt() + dy);
          assertThat(cells.add(cell)).as("%s overlaps at %s", panel.path("title"), cell).isTrue();
        }
      }
    }
  }

  @Test
  void prometheusItselfParsesEveryDashboardQuery() throws IOException {
    // promtool has Prometheus's own PromQL parser: each query becomes a recording rule, with
    // Grafana's variables replaced by what Grafana sends ($__rate_interval a duration, the rest
    // the "All" regex).
    StringBuilder rules = new StringBuilder("groups:\n  - name: dashboards\n    rules:\n");
    int n = 0;
    for (String name : List.of("cache.json", "api.json", "bot.json")) {
      for (MonitoringQuery query :
          MonitoringQuery.fromDashboard(RepoFiles.docker("grafana/dashboards/" + name))) {
        if (query.listedLabel().isPresent()) {
          continue; // label_values(...) is Grafana's, not PromQL; its selector is checked live
        }
        String expr =
            query.expr().replace("$__rate_interval", "1m").replaceAll("\\$\\{?[a-zA-Z_]+}?", ".*");
        rules.append("      - record: dashboard:query_").append(n++).append('\n');
        rules.append("        expr: '").append(expr.replace("'", "''")).append("'\n");
      }
    }
    Path file = Files.createDirectories(Path.of("target", "ops")).resolve("dashboard-queries.yml");
    Files.writeString(file, rules);

    Promtool.Result result = Promtool.run("", "check", "rules", file.toString());

    assertThat(n).isGreaterThan(20);
    assertThat(result.succeeded()).as(result.output()).isTrue();
    assertThat(result.output()).contains("SUCCESS: " + n + " rules found");
  }

  @Test
  void dashboardUidsAreDistinct() throws IOException {
    assertThat(List.of(dashboard("cache.json"), dashboard("api.json"), dashboard("bot.json")))
        .extracting(d -> d.path("uid").asText())
        .doesNotHaveDuplicates();
  }

  @Test
  void cacheDashboardHasAtLeastSixPanelsChartingEveryCacheSignal() throws IOException {
    assertThat(panels(dashboard("cache.json"))).hasSizeGreaterThanOrEqualTo(6);
    assertThat(metrics("cache.json"))
        .contains(
            "polly_cache_gets_total",
            "polly_cache_errors_total",
            "polly_cache_bypasses_total",
            "polly_redis_circuit_state",
            "polly_cache_load_seconds",
            "polly_redis_up");
    String exprs = dashboard("cache.json").findValuesAsText("expr").toString();
    assertThat(exprs)
        .contains("sum by (cache) (rate(polly_cache_gets_total{result=\"hit\"")
        .contains("polly_cache_load_seconds{quantile=\"0.95\"");
  }

  @Test
  void apiDashboardChartsRequestRateLatencyPercentilesAnd5xx() {
    assertThat(metrics("api.json"))
        .contains(
            "io_dropwizard_jetty_mutable_servlet_context_handler_requests_count",
            "io_dropwizard_jetty_mutable_servlet_context_handler_requests",
            "io_dropwizard_jetty_mutable_servlet_context_handler_5xx_responses_total");
  }

  @Test
  void botDashboardChartsVotesEditsRateLimitsAndSchedulerLag() {
    assertThat(metrics("bot.json"))
        .contains(
            "polly_bot_votes_total",
            "polly_bot_message_edits_total",
            "polly_bot_rate_limited_total",
            "polly_bot_scheduler_lag_seconds");
  }

  @Test
  void provisioningLoadsDashboardsIntoOneFolderFromAFilePath() throws IOException {
    JsonNode provider =
        new YAMLMapper()
            .readTree(RepoFiles.docker("grafana/provisioning/dashboards/polly.yml").toFile())
            .path("providers")
            .get(0);
    assertThat(provider.path("type").asText()).isEqualTo("file");
    assertThat(Path.of(provider.path("options").path("path").asText())).isAbsolute();
  }
}
