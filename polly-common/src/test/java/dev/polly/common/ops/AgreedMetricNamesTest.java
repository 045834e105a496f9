package dev.polly.common.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import dev.polly.common.metrics.PrometheusEndpoint;
import dev.polly.common.testing.Exposition;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The bot's Dropwizard metrics come out of {@code /prometheus} under the names the dashboards and
 * alerts use (the agreed names of the brief): meters as {@code _total} counters, the scheduler
 * timer as a summary in seconds.
 */
class AgreedMetricNamesTest {

  @Test
  void botMetricsAreExportedUnderTheirAgreedNames() {
    MetricRegistry registry = new MetricRegistry();
    registry.meter("polly.bot.votes").mark(3);
    registry.meter("polly.bot.message_edits").mark();
    registry.meter("polly.bot.rate_limited").mark();
    registry.timer("polly.bot.scheduler.lag").update(Duration.ofMillis(1500));

    Exposition live = Exposition.parse(new PrometheusEndpoint(registry).scrape());

    assertThat(live.names())
        .contains(
            "polly_bot_votes_total",
            "polly_bot_message_edits_total",
            "polly_bot_rate_limited_total",
            "polly_bot_scheduler_lag_seconds",
            "polly_bot_scheduler_lag_seconds_count");
    assertThat(live.labelSets("polly_bot_scheduler_lag_seconds"))
        .extracting(labels -> labels.get("quantile"))
        .contains("0.5", "0.95", "0.99");
    assertThat(new PrometheusEndpoint(registry).scrape())
        .contains("polly_bot_votes_total 3.0")
        .contains("polly_bot_scheduler_lag_seconds{quantile=\"0.5\"} 1.5");
  }
}
