package dev.polly.common.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.Promtool;
import dev.polly.common.testing.PromtoolAdvice;
import org.junit.jupiter.api.Test;

class PromtoolMetricsCheckTest {

  @Test
  void setsAsideOnlyDropwizardNamingAdviceOnThirdPartyMetrics() {
    Promtool.MetricsCheck check =
        Promtool.checkMetrics(
            """
            # HELP io_dropwizard_jetty_MutableServletContextHandler_requests_total requests
            # TYPE io_dropwizard_jetty_MutableServletContextHandler_requests_total counter
            io_dropwizard_jetty_MutableServletContextHandler_requests_total 1.0
            # HELP jvm_threads_count threads
            # TYPE jvm_threads_count gauge
            jvm_threads_count 20.0
            # HELP polly_cache_gets counter without its suffix
            # TYPE polly_cache_gets counter
            polly_cache_gets 1.0
            # HELP pollyBad_total camel case on our own metric
            # TYPE pollyBad_total counter
            pollyBad_total 1.0
            """);

    assertThat(check.parsed()).isTrue();
    assertThat(check.findings()).hasSize(4);
    assertThat(check.findingsExcept("polly", PromtoolAdvice.DROPWIZARD_NAMING))
        .hasSize(2)
        .allMatch(finding -> finding.startsWith("polly"));
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
