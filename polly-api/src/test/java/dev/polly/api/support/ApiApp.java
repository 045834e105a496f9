package dev.polly.api.support;

import com.codahale.metrics.Counting;
import com.codahale.metrics.Metric;
import dev.polly.api.ApiConfiguration;
import dev.polly.api.Backends;
import dev.polly.api.PollyApiApplication;
import dev.polly.common.testing.TestPostgres;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts polly-api for a test class against the JVM's real PostgreSQL and Redis and a fake Discord,
 * on ephemeral ports.
 */
public final class ApiApp {
  private ApiApp() {}

  /**
   * An unstarted instance of {@code application} on the test resource {@code configResource} with
   * {@code extra} overrides; {@link RunningApi} starts and stops it.
   */
  public static DropwizardAppExtension<ApiConfiguration> create(
      String configResource,
      FakeDiscord fake,
      Class<? extends PollyApiApplication> application,
      ConfigOverride... extra) {
    TestPostgres postgres = TestPostgres.get();
    TestRedis redis = TestRedis.get();
    List<ConfigOverride> overrides =
        new ArrayList<>(
            List.of(
                ConfigOverride.config("database.url", postgres.jdbcUrl()),
                ConfigOverride.config("database.user", postgres.user()),
                ConfigOverride.config("database.migrateOnStart", "false"),
                ConfigOverride.config("redis.url", redis.url()),
                ConfigOverride.config("discord.apiBaseUrl", fake.baseUrl())));
    overrides.addAll(List.of(extra));
    return new DropwizardAppExtension<>(
        application,
        ResourceHelpers.resourceFilePath(configResource),
        overrides.toArray(new ConfigOverride[0]));
  }

  public static Http http(DropwizardAppExtension<ApiConfiguration> app) {
    return new Http("http://127.0.0.1:" + app.getLocalPort());
  }

  public static Http admin(DropwizardAppExtension<ApiConfiguration> app) {
    return new Http("http://127.0.0.1:" + app.getAdminPort());
  }

  public static Backends backends(DropwizardAppExtension<ApiConfiguration> app) {
    return ((PollyApiApplication) app.getApplication()).backends();
  }

  /** The count of a counter or meter in the app's registry (0 when absent). */
  public static long count(DropwizardAppExtension<ApiConfiguration> app, String name) {
    Metric metric = app.getEnvironment().metrics().getMetrics().get(name);
    return metric instanceof Counting c ? c.getCount() : 0L;
  }
}
