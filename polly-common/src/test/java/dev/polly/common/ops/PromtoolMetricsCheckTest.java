package dev.polly.common.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.Promtool;
import org.junit.jupiter.api.Test;

class PromtoolMetricsCheckTest {

  @Test
  void reportsEachLintFindingWithItsMetric() {
    Promtool.MetricsCheck check =
        Promtool.checkMetrics(
            """
            # HELP jvm_threads_count threads
            # TYPE jvm_threads_count gauge
            jvm_threads_count 20.0
            # HELP pollyBad_total camel case
            # TYPE pollyBad_total counter
            pollyBad_total 1.0
            """);

    assertThat(check.parsed()).isTrue();
    assertThat(check.exitCode()).isEqualTo(3);
    assertThat(check.findings())
        .hasSize(2)
        .anyMatch(finding -> finding.startsWith("jvm_threads_count "))
        .anyMatch(finding -> finding.startsWith("pollyBad_total "));
  }

  @Test
  void reportsTextPrometheusCannotParse() {
    Promtool.MetricsCheck check = Promtool.checkMetrics("polly_redis_up{ 1\n");

    assertThat(check.parsed()).isFalse();
  }

  @Test
  void acceptsCleanOutputWithoutFindings() {
    Promtool.MetricsCheck check =
        Promtool.checkMetrics(
            "# HELP polly_redis_up Redis answers\n# TYPE polly_redis_up gauge\npolly_redis_up 1.0\n");

    assertThat(check.exitCode()).isZero();
    assertThat(check.findings()).isEmpty();
  }
}
