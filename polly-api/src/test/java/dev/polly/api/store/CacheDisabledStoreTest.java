package dev.polly.api.store;

import static dev.polly.api.support.World.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.ApiConfiguration;
import dev.polly.api.PollyApiApplication;
import dev.polly.api.support.ApiApp;
import dev.polly.api.support.FakeDiscord;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.World;
import dev.polly.common.testing.TestPostgres;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #12.18: OAuth states and drafts are not a cache, so {@code CACHE_ENABLED=false} changes
 * neither logins nor drafts.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CacheDisabledStoreTest {
  static final FakeDiscord DISCORD = World.start();
  static final DropwizardAppExtension<ApiConfiguration> APP =
      new DropwizardAppExtension<>(
          PollyApiApplication.class,
          ResourceHelpers.resourceFilePath("test-config.yml"),
          ConfigOverride.config("database.url", TestPostgres.get().jdbcUrl()),
          ConfigOverride.config("database.user", TestPostgres.get().user()),
          ConfigOverride.config("database.migrateOnStart", "false"),
          ConfigOverride.config("redis.url", TestRedis.get().url()),
          ConfigOverride.config("cache.enabled", "false"),
          ConfigOverride.config("discord.apiBaseUrl", DISCORD.baseUrl()));

  @AfterAll
  static void stopDiscord() {
    DISCORD.close();
  }

  @Test
  @DisplayName("with caching off a login completes once, and its replay is still refused")
  void loginWorksWithCachingOff() {
    Http http = ApiApp.http(APP);
    Login.Started started = Login.start(http);

    Http.Resp callback = Login.callback(http, ALICE.code(), started.state(), started.stateCookie());

    assertThat(callback.status()).as(callback.body()).isEqualTo(303);
    String token = Login.cookieValue(callback, "polly_session");
    assertThat(http.get("/api/me", token).status()).isEqualTo(200);
    assertThat(Login.callback(http, ALICE.code(), started.state(), started.stateCookie()).status())
        .isEqualTo(400);
  }

  @Test
  @DisplayName("with caching off a draft is saved and read back")
  void draftsWorkWithCachingOff() {
    Http http = ApiApp.http(APP);
    String alice = Login.as(http, ALICE);

    Http.Resp saved = http.json("PUT", "/api/drafts/nocache", alice, "{\"q\":\"why\"}");
    Http.Resp read = http.get("/api/drafts/nocache", alice);

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().path("data").path("q").asText()).isEqualTo("why");
  }
}
