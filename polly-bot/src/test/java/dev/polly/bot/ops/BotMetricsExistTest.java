package dev.polly.bot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.bot.BotConfiguration;
import dev.polly.bot.PollyBotApplication;
import dev.polly.bot.fake.FakeDiscord;
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
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proof that the charts are real, bot side: starts polly-bot from the repository's config.yml on a
 * free admin port, connected through the real JDA to the local fake Discord, scrapes its admin
 * {@code /prometheus}, and checks that every metric, label and value the cache and bot dashboards
 * and the polly-cache and polly-bot alert groups query is in that output, and that promtool can
 * ingest it. Also that the admin port listens on loopback only by default.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BotMetricsExistTest {

  private static final FakeDiscord DISCORD = startFakeDiscord();

  /**
   * {@code Application.run(String...)} registers Dropwizard's JVM gauges right after {@code
   * initialize}; DropwizardTestSupport does not, so the test subclass does it the same way.
   */
  public static class WithJvmMetrics extends PollyBotApplication {
    @Override
    public void initialize(Bootstrap<BotConfiguration> bootstrap) {
      super.initialize(bootstrap);
      bootstrap.registerMetrics();
    }
  }

  private static final DropwizardAppExtension<BotConfiguration> APP =
      new DropwizardAppExtension<>(
          WithJvmMetrics.class,
          RepoFiles.root().resolve("config.yml").toString(),
          ConfigOverride.config("bot.server.adminConnectors[0].port", "0"),
          ConfigOverride.config("database.url", () -> TestPostgres.get().jdbcUrl()),
          ConfigOverride.config("database.user", () -> TestPostgres.get().user()),
          ConfigOverride.config("database.password", () -> TestPostgres.get().password()),
          ConfigOverride.config("redis.url", () -> TestRedis.get().url()),
          ConfigOverride.config("discord.token", FakeDiscord.TOKEN),
          ConfigOverride.config("discord.apiBaseUrl", DISCORD.apiBaseUrl()),
          ConfigOverride.config("discord.gatewayUrl", DISCORD.gatewayUrl()));

  private static String scrape;

  private static FakeDiscord startFakeDiscord() {
    try {
      return FakeDiscord.start();
    } catch (Exception e) {
      throw new IllegalStateException("fake Discord did not start", e);
    }
  }

  @BeforeAll
  static void connectThenScrape() {
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> DISCORD.gatewaySessions() >= 1);
    scrape = LiveMetrics.scrape(APP.getAdminPort(), "bot-prometheus.txt");
  }

  @AfterAll
  static void stopFakeDiscord() throws Exception {
    DISCORD.close();
  }

  @Test
  void everyMetricOfTheCacheAndBotDashboardsAndAlertsIsInTheLiveOutput() {
    assertThat(
            LiveMetrics.missing(
                scrape, List.of("cache.json", "bot.json"), Set.of("polly-cache", "polly-bot")))
        .isEmpty();
  }

  @Test
  @DisplayName("the admin port (tasks, no authentication) listens on loopback only by default")
  void adminConnectorListensOnLoopbackOnly() {
    HttpConnectorFactory admin =
        (HttpConnectorFactory)
            ((DefaultServerFactory) APP.getConfiguration().getBot().getServer())
                .getAdminConnectors()
                .get(0);
    assertThat(admin.getBindHost()).isEqualTo("127.0.0.1");
    // From another interface, as another host would try, the admin port does not answer.
    assertThat(LocalAddresses.loopbackOnly(APP.getAdminPort())).isTrue();
  }

  @Test
  void promtoolAcceptsTheOutputWithoutASingleFinding() {
    LiveMetrics.assertPromtoolAccepts(scrape);
  }
}
