package dev.polly.common.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.polly.common.testing.Promtool;
import dev.polly.common.testing.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * promtool accepts docker/prometheus.yml and the alert rules, and the rules fire when they should.
 */
class PrometheusFilesTest {

  private static JsonNode yaml(String relative) throws IOException {
    return new YAMLMapper().readTree(RepoFiles.docker(relative).toFile());
  }

  private static List<JsonNode> alertRules() throws IOException {
    List<JsonNode> rules = new ArrayList<>();
    yaml("prometheus/alerts.yml").path("groups").forEach(g -> g.path("rules").forEach(rules::add));
    return rules;
  }

  @Test
  void promtoolAcceptsTheScrapeConfigAndTheRuleFileItLoads() {
    Promtool.Result result =
        Promtool.run("", "check", "config", RepoFiles.docker("prometheus.yml").toString());

    assertThat(result.succeeded()).as(result.output()).isTrue();
    assertThat(result.output()).contains("SUCCESS: 1 rule files found");
  }

  @Test
  void promtoolAcceptsTheAlertRules() {
    Promtool.Result result =
        Promtool.run("", "check", "rules", RepoFiles.docker("prometheus/alerts.yml").toString());

    assertThat(result.succeeded()).as(result.output()).isTrue();
  }

  @Test
  void everyAlertFiresOnItsProblemAndStaysQuietBeforeItsForHasPassed() {
    Promtool.Result result =
        Promtool.run(
            "", "test", "rules", RepoFiles.docker("prometheus/alerts.test.yml").toString());

    assertThat(result.succeeded()).as(result.output()).isTrue();
    assertThat(result.output()).contains("SUCCESS");
  }

  @Test
  void alertsCoverHitRatioCircuitSchedulerLagAnd5xxAndEachIsUnitTested() throws IOException {
    String tests = Files.readString(RepoFiles.docker("prometheus/alerts.test.yml"));
    List<JsonNode> rules = alertRules();

    assertThat(rules)
        .extracting(r -> r.path("alert").asText())
        .contains(
            "PollyCacheHitRatioFalling",
            "PollyRedisCircuitOpen",
            "PollyBotSchedulerLag",
            "PollyApi5xxRate");
    for (JsonNode rule : rules) {
      String alert = rule.path("alert").asText();
      assertThat(rule.path("labels").path("severity").asText())
          .as(alert)
          .isIn("warning", "critical");
      assertThat(rule.path("annotations").path("summary").asText()).as(alert).isNotBlank();
      assertThat(tests).as("alerts.test.yml tests " + alert).contains("alertname: " + alert + "\n");
    }
  }

  @Test
  void alertGroupsAreNamedAfterTheProcessesThatExportTheirMetrics() throws IOException {
    assertThat(yaml("prometheus/alerts.yml").path("groups").findValuesAsText("name"))
        .containsExactly("polly-cache", "polly-api", "polly-bot");
  }

  @Test
  void prometheusScrapesTheAdminPrometheusEndpointOfEveryApiAndBotService() throws IOException {
    JsonNode jobs = yaml("prometheus.yml").path("scrape_configs");
    JsonNode api = job(jobs, "polly-api");
    JsonNode bot = job(jobs, "polly-bot");

    assertThat(api.path("metrics_path").asText()).isEqualTo("/prometheus");
    assertThat(bot.path("metrics_path").asText()).isEqualTo("/prometheus");
    assertThat(api.path("dns_sd_configs").get(0).path("port").asInt()).isEqualTo(8081);
    assertThat(bot.path("dns_sd_configs").get(0).path("port").asInt()).isEqualTo(8082);
    assertThat(api.path("dns_sd_configs").get(0).path("names").toString())
        .contains("\"polly-api\"", "\"polly-api-2\"");
    assertThat(bot.path("dns_sd_configs").get(0).path("names").toString())
        .contains("\"polly-bot\"", "\"polly-bot-0\"", "\"polly-bot-1\"");
  }

  private static JsonNode job(JsonNode jobs, String name) {
    for (JsonNode job : jobs) {
      if (name.equals(job.path("job_name").asText())) {
        return job;
      }
    }
    throw new AssertionError("no scrape job " + name);
  }
}
