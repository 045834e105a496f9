package dev.polly.common.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.Exposition;
import dev.polly.common.testing.LiveMetrics;
import dev.polly.common.testing.PollyTestApp;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cache side of "the charts are real", in polly-common itself: a Dropwizard app wired like
 * polly-api and polly-bot ({@code RedisServices.build} against a real Redis, {@code
 * PrometheusEndpoint}) serves {@code /prometheus}, and every metric the cache dashboard and the
 * polly-cache alerts query is in it, as are the Jetty metrics of the polly-api alerts (Dropwizard
 * registers those in every application). The API and bot tests repeat the check, with their own
 * dashboards, against the real processes.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CacheMetricsExistTest {

  /**
   * {@code Application.run(String...)} registers Dropwizard's JVM gauges right after {@code
   * initialize}; DropwizardTestSupport does not, so the test app does it the same way.
   */
  public static class WithJvmMetrics extends PollyTestApp {
    @Override
    public void initialize(Bootstrap<PollyTestApp.Config> bootstrap) {
      super.initialize(bootstrap);
      bootstrap.registerMetrics();
    }
  }

  private static final DropwizardAppExtension<PollyTestApp.Config> APP =
      new DropwizardAppExtension<>(
          WithJvmMetrics.class,
          ResourceHelpers.resourceFilePath("polly-test-app.yml"),
          ConfigOverride.config("redis.url", () -> TestRedis.get().url()));

  private static Exposition live;
  private static String scrape;

  @BeforeAll
  static void readThroughTheCacheThenScrape() {
    for (int i = 0; i < 3; i++) { // a miss, then hits, through a @Timed resource
      assertThat(LiveMetrics.get(APP.getLocalPort(), "/prefs/424242").statusCode()).isEqualTo(200);
    }
    scrape = LiveMetrics.scrape(APP.getAdminPort(), "cache-app-prometheus.txt");
    live = Exposition.parse(scrape);
  }

  @Test
  void everyMetricOfTheCacheDashboardAndTheCacheAlertsIsInTheLiveOutput() {
    assertThat(LiveMetrics.missing(scrape, List.of("cache.json"), Set.of("polly-cache"))).isEmpty();
  }

  @Test
  void everyJettyMetricOfTheApiAlertsIsInTheLiveOutput() {
    assertThat(LiveMetrics.missing(scrape, List.of(), Set.of("polly-api"))).isEmpty();
  }

  @Test
  void everyRegionAppearsInTheHitRatioSeries() {
    assertThat(live.labelSets("polly_cache_gets_total"))
        .extracting(labels -> labels.get("cache"))
        .contains("user_prefs", "guild", "user_guilds", "poll_results", "session");
  }

  @Test
  void promtoolAcceptsTheOutputWithoutASingleFinding() {
    LiveMetrics.assertPromtoolAccepts(scrape);
  }
}
