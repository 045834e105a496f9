package dev.polly.api.web;

import dev.polly.api.ApiConfiguration;
import dev.polly.api.PollyApiApplication;
import dev.polly.api.support.FakeDiscord;
import dev.polly.api.support.FreshDatabase;
import dev.polly.common.testing.TestPostgres;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * polly-api as a browser sees it: on a loopback port known before start (Discord's redirect URI and
 * the dashboard URL must name it), over plain HTTP (so the cookies are not Secure), with the fake
 * Discord's authorize page, real PostgreSQL and real Redis. Its database and Redis database are its
 * own, so the journey starts from an empty server list whatever ran before.
 */
final class DashboardApp {
  /** The Redis database of the demo-mode app. */
  static final int DEMO_REDIS_DB = 15;

  private DashboardApp() {}

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DropwizardAppExtension<ApiConfiguration> create(FakeDiscord fake, int port) {
    String base = "http://127.0.0.1:" + port;
    TestPostgres postgres = TestPostgres.get();
    TestRedis redis = TestRedis.get();
    return new DropwizardAppExtension<>(
        PollyApiApplication.class,
        ResourceHelpers.resourceFilePath("test-config.yml"),
        ConfigOverride.config("server.applicationConnectors[0].port", Integer.toString(port)),
        ConfigOverride.config("database.url", FreshDatabase.create("dashboard")),
        ConfigOverride.config("database.user", postgres.user()),
        ConfigOverride.config("database.migrateOnStart", "true"),
        ConfigOverride.config("redis.url", redis.url() + "/9"),
        ConfigOverride.config("discord.apiBaseUrl", fake.baseUrl()),
        ConfigOverride.config("discord.authorizeUrl", fake.authorizeUrl()),
        ConfigOverride.config("discord.redirectUri", base + "/auth/callback"),
        ConfigOverride.config("api.dashboardUrl", base + "/"),
        ConfigOverride.config("api.dashboardOrigins", base),
        ConfigOverride.config("api.cookieSecure", "false"));
  }

  /**
   * polly-api in demo mode on a fresh, migrated database: no Discord application, the dashboard at
   * its own {@code /}, and {@code cookieSecure} left at the shipped {@code true}, since demo mode
   * must sign in over plain {@code http://127.0.0.1} all the same. The fake Discord is configured
   * only so that a call to it, which must never happen, would be counted. The fresh database
   * numbers polls from 1 again, so the app has a Redis database of its own ({@link
   * #DEMO_REDIS_DB}): in the shared one, another test's cached results for the same id would show.
   */
  static DropwizardAppExtension<ApiConfiguration> createDemo(FakeDiscord fake, int port) {
    return new DropwizardAppExtension<>(
        PollyApiApplication.class,
        ResourceHelpers.resourceFilePath("test-config.yml"),
        ConfigOverride.config("server.applicationConnectors[0].port", Integer.toString(port)),
        ConfigOverride.config("database.url", FreshDatabase.create("demo_browser")),
        ConfigOverride.config("database.user", TestPostgres.get().user()),
        ConfigOverride.config("database.migrateOnStart", "true"),
        ConfigOverride.config("redis.url", TestRedis.get().url() + "/" + DEMO_REDIS_DB),
        ConfigOverride.config("discord.apiBaseUrl", fake.baseUrl()),
        ConfigOverride.config("discord.clientId", ""),
        ConfigOverride.config("api.dashboardUrl", "/"),
        ConfigOverride.config("api.demo", "true"));
  }
}
