package dev.polly.api.store;

import static dev.polly.api.support.World.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import io.dropwizard.testing.ConfigOverride;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue #12.18: OAuth states and drafts are not a cache, so {@code CACHE_ENABLED=false} changes
 * neither logins nor drafts.
 */
class CacheDisabledStoreTest {
  @RegisterExtension
  static final RunningApi API = new RunningApi(ConfigOverride.config("cache.enabled", "false"));

  @Test
  @DisplayName("with caching off a login completes once, and its replay is still refused")
  void loginWorksWithCachingOff() {
    Http http = API.http();
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
    Http http = API.http();
    String alice = Login.as(http, ALICE);

    Http.Resp saved = http.json("PUT", "/api/drafts/nocache", alice, "{\"q\":\"why\"}");
    Http.Resp read = http.get("/api/drafts/nocache", alice);

    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().path("data").path("q").asText()).isEqualTo("why");
  }
}
