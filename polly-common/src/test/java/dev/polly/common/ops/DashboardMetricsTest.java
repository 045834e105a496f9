package dev.polly.common.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.DashboardMetrics;
import dev.polly.common.testing.Exposition;
import dev.polly.common.testing.MonitoringQuery;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DashboardMetricsTest {

  private static final Exposition LIVE =
      Exposition.parse(
          """
          # HELP polly_cache_gets_total Generated from Dropwizard metric import
          # TYPE polly_cache_gets_total counter
          polly_cache_gets_total{cache="user_prefs",result="hit"} 3.0
          polly_cache_gets_total{cache="user_prefs",result="miss"} 1.0
          # TYPE polly_cache_load_seconds summary
          polly_cache_load_seconds{cache="user_prefs",quantile="0.95"} 0.002
          polly_cache_load_seconds_count{cache="user_prefs"} 1
          polly_redis_up 1.0
          """);

  private static List<String> problems(String expr) {
    return DashboardMetrics.problems(
        LIVE, List.of(new MonitoringQuery("q", expr, Optional.empty())));
  }

  @Test
  void acceptsQueriesWhoseMetricsLabelsAndValuesExist() {
    assertThat(
            problems(
                "sum by (cache) (rate(polly_cache_gets_total{result=\"hit\",job=~\"$job\"}[5m]))"
                    + " / sum(rate(polly_cache_load_seconds_count{cache=~\"user_.*\"}[5m]))"
                    + " + max(polly_cache_load_seconds{quantile=~\"0.5|0.95\"}) * polly_redis_up"))
        .isEmpty();
  }

  @Test
  void reportsAMissingMetric() {
    assertThat(problems("rate(polly_cache_hits_total[5m])"))
        .containsExactly("q: metric polly_cache_hits_total is not in the live output");
  }

  @Test
  void reportsAMissingLabelAndAValueNoSeriesHas() {
    assertThat(problems("polly_cache_gets_total{region=\"guild\",result=\"hits\"}"))
        .containsExactly(
            "q: polly_cache_gets_total has no label region",
            "q: no series polly_cache_gets_total{result=\"hits\"}");
    assertThat(problems("polly_cache_load_seconds{quantile=~\"0.999\"}"))
        .containsExactly("q: no series polly_cache_load_seconds{quantile=~\"0.999\"}");
  }

  @Test
  void acceptsANameRegexThatMatchesSomeMetricAndChecksLabelsAcrossThem() {
    assertThat(problems("{__name__=~\"polly_cache_.*\",quantile=\"0.95\"}")).isEmpty();
    assertThat(problems("{__name__=~\"polly_bot_.*\"}"))
        .containsExactly("q: metric {__name__=~\"polly_bot_.*\"} is not in the live output");
    assertThat(problems("{__name__=~\"polly_redis_.*\",cache=\"guild\"}"))
        .containsExactly("q: {__name__=~\"polly_redis_.*\"} has no label cache");
  }

  @Test
  void checksTheLabelAGrafanaLabelValuesVariableLists() {
    List<String> problems =
        DashboardMetrics.problems(
            LIVE,
            List.of(
                new MonitoringQuery("ok", "polly_cache_gets_total", Optional.of("cache")),
                new MonitoringQuery("scrape label", "polly_cache_gets_total", Optional.of("job")),
                new MonitoringQuery("bad", "polly_redis_up", Optional.of("cache"))));

    assertThat(problems).containsExactly("bad: polly_redis_up has no label cache");
  }

  @Test
  void reportsAQueryThatNamesNoMetricOrCannotBeRead() {
    assertThat(problems("vector(1)")).containsExactly("q: names no metric: vector(1)");
    assertThat(problems("ratee(polly_redis_up[5m])"))
        .singleElement()
        .asString()
        .contains("unknown function");
  }
}
