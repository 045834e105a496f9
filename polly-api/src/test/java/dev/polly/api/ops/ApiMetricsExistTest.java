package dev.polly.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.ApiConfiguration;
import dev.polly.api.PollyApiApplication;
import dev.polly.common.testing.LiveMetrics;
import dev.polly.common.testing.LocalAddresses;
import dev.polly.common.testing.RepoFiles;
import dev.polly.common.testing.TestPostgres;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proof that the charts are real, API side: starts polly-api from the repository's config.yml on
 * free ports (PostgreSQL from {@link TestPostgres}, Redis from {@link TestRedis}), scrapes its
 * admin {@code /prometheus}, and checks that every metric, label and value the cache and API
 * dashboards and the polly-cache and polly-api alert groups query is in that output, and that
 * promtool can ingest it. Also that the admin port listens on loopback only by default.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApiMetricsExistTest {

  /**
   * {@code Application.run(String...)} registers Dropwizard's JVM gauges right after {@code
   * initialize}; DropwizardTestSupport does not, so the test subclass does it the same way.
   */
  public static class WithJvmMetrics extends PollyApiApplication {
    @Override
    public void initialize(Bootstrap<ApiConfiguration> bootstrap) {
      super.initialize(bootstrap);
      bootstrap.registerMetrics();
    }
  }

  private static final DropwizardAppExtension<ApiConfiguration> APP =
      new DropwizardAppExtension<>(
          WithJvmMetrics.class,
          RepoFiles.root().resolve("config.yml").toString(),
          ConfigOverride.config("server.applicationConnectors[0].port", "0"),
          ConfigOverride.config("server.adminConnectors[0].port", "0"),
          ConfigOverride.config("database.url", () -> TestPostgres.get().jdbcUrl()),
          ConfigOverride.config("database.user", () -> TestPostgres.get().user()),
          ConfigOverride.config("database.password", () -> TestPostgres.get().password()),
          ConfigOverride.config("redis.url", () -> TestRedis.get().url()),
          // Nothing leaves the machine: Discord's REST base points at a closed local port.
          ConfigOverride.config("discord.apiBaseUrl", "http://127.0.0.1:9/api/v10"));

  private static String scrape;

  @BeforeAll
  static void serveSomeRequestsThenScrape() {
    // Traffic through the application port fills Jetty's request timers and response meters.
    LiveMetrics.get(APP.getLocalPort(), "/health");
    LiveMetrics.get(APP.getLocalPort(), "/api/me");
    LiveMetrics.get(APP.getLocalPort(), "/no-such-page");
    scrape = LiveMetrics.scrape(APP.getAdminPort(), "api-prometheus.txt");
  }

  @Test
  void everyMetricOfTheCacheAndApiDashboardsAndAlertsIsInTheLiveOutput() {
    assertThat(
            LiveMetrics.missing(
                scrape, List.of("cache.json", "api.json"), Set.of("polly-cache", "polly-api")))
        .isEmpty();
  }

  @Test
  @DisplayName("the admin port (tasks, no authentication) listens on loopback only by default")
  void adminConnectorListensOnLoopbackOnly() {
    HttpConnectorFactory admin =
        (HttpConnectorFactory)
            ((DefaultServerFactory) APP.getConfiguration().getServerFactory())
                .getAdminConnectors()
                .get(0);
    assertThat(admin.getBindHost()).isEqualTo("127.0.0.1");
    assertThat(LocalAddresses.loopbackOnly(APP.getAdminPort())).as("admin").isTrue();
    // From another interface, as another host would try, the API itself answers.
    LocalAddresses.nonLoopback()
        .ifPresent(
            other ->
                assertThat(LocalAddresses.accepts(other, APP.getLocalPort())).as("API").isTrue());
  }

  @Test
  void promtoolAcceptsTheOutputWithoutASingleFinding() {
    LiveMetrics.assertPromtoolAccepts(scrape);
  }
}
