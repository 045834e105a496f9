package dev.polly.api.fault;

import dev.polly.api.ApiConfiguration;
import dev.polly.api.PollyApiApplication;
import dev.polly.api.support.FakeDiscord;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.World;
import dev.polly.common.testing.TestPostgres;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.util.ArrayList;
import java.util.List;

/**
 * polly-api instances for the fault tests, on the JVM's real PostgreSQL and Redis and a fake
 * Discord: with the cache on (the production path) or with {@code cache.enabled: false} (the
 * baseline the outage is compared with), plus logged-in load users.
 */
final class FaultApps {
  private FaultApps() {}

  static DropwizardAppExtension<ApiConfiguration> app(FakeDiscord fake, boolean cacheEnabled) {
    TestPostgres postgres = TestPostgres.get();
    TestRedis redis = TestRedis.get();
    return new DropwizardAppExtension<>(
        PollyApiApplication.class,
        ResourceHelpers.resourceFilePath("test-config.yml"),
        ConfigOverride.config("database.url", postgres.jdbcUrl()),
        ConfigOverride.config("database.user", postgres.user()),
        ConfigOverride.config("database.migrateOnStart", "false"),
        ConfigOverride.config("redis.url", redis.url()),
        ConfigOverride.config("cache.enabled", Boolean.toString(cacheEnabled)),
        ConfigOverride.config("discord.apiBaseUrl", fake.baseUrl()));
  }

  /**
   * Registers {@code count} managers of G1 with the fake and logs each in; returns their tokens.
   */
  static List<String> loadUsers(FakeDiscord fake, Http http, String prefix, int count) {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tokens.add(Login.as(http, user(fake, prefix, i)));
    }
    return tokens;
  }

  /** Registers manager number {@code i} of G1 named by {@code prefix} with the fake. */
  static FakeDiscord.User user(FakeDiscord fake, String prefix, int i) {
    long id = 8_100_000_000_000_000L + prefix.hashCode() % 1000 * 1000L + i;
    FakeDiscord.User user =
        new FakeDiscord.User(
            prefix + "-code-" + i,
            prefix + "-token-" + i,
            id,
            prefix + i,
            "[{\"id\":\""
                + World.G1
                + "\",\"name\":\"Guild One\",\"icon\":null,\"permissions\":\"32\"}]");
    fake.addUser(user);
    fake.member(World.G1, id, World.G1_MANAGER_ROLE);
    return user;
  }
}
