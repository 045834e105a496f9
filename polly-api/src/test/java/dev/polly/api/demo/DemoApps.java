package dev.polly.api.demo;

import dev.polly.api.ApiConfiguration;
import dev.polly.api.PollyApiApplication;
import dev.polly.api.support.FakeDiscord;
import dev.polly.api.support.FreshDatabase;
import dev.polly.common.testing.TestPostgres;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;

/**
 * The API on a fresh database with demo mode on (and no Discord application, as demo mode requires)
 * or off (with the fake Discord's application, so users can sign in), each on a Redis database of
 * its own: poll ids restart at 1 in the fresh database, so keys shared with the other tests' apps
 * would serve their cached results.
 */
final class DemoApps {
  /** The Redis database of the app with demo mode on. */
  static final int REDIS_DB_ON = 7;

  /** The Redis database of the app with demo mode off. */
  static final int REDIS_DB_OFF = 8;

  private DemoApps() {}

  static DropwizardAppExtension<ApiConfiguration> create(boolean demo, FakeDiscord discord) {
    return new DropwizardAppExtension<>(
        PollyApiApplication.class,
        ResourceHelpers.resourceFilePath("test-config.yml"),
        ConfigOverride.config("database.url", FreshDatabase.create(demo ? "demo_on" : "demo_off")),
        ConfigOverride.config("database.user", TestPostgres.get().user()),
        ConfigOverride.config("database.migrateOnStart", "true"),
        ConfigOverride.config(
            "redis.url", TestRedis.get().url() + "/" + (demo ? REDIS_DB_ON : REDIS_DB_OFF)),
        ConfigOverride.config("discord.apiBaseUrl", discord.baseUrl()),
        ConfigOverride.config("discord.clientId", demo ? "" : FakeDiscord.CLIENT_ID),
        ConfigOverride.config("api.dashboardUrl", "/"),
        ConfigOverride.config("api.demo", Boolean.toString(demo)));
  }
}
