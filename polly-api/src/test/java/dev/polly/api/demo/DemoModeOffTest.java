package dev.polly.api.demo;

import static dev.polly.api.support.World.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import dev.polly.common.testing.TestRedis;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.redisson.Redisson;
import org.redisson.api.RKeys;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * Without {@code POLLY_DEMO} the same start on a fresh database has no demo sign-in and no demo
 * data: no demo poll rows, no demo guild for a signed-in user, and no cache key for the demo guild
 * or the demo's bot guild list in Redis, however the API is used.
 */
class DemoModeOffTest {
  @RegisterExtension
  static final RunningApi API = RunningApi.of(World::start, d -> DemoApps.create(false, d));

  @Test
  @DisplayName("without the flag there is no demo sign-in, no demo guild and no demo polls")
  void noDemoWithoutTheFlag() {
    Http http = API.http();

    Http.Resp signIn =
        http.send(
            http.request("/auth/demo", null).POST(HttpRequest.BodyPublishers.noBody()).build());
    assertThat(signIn.status()).isEqualTo(404);
    assertThat(signIn.json().path("code").asText()).isEqualTo("demo_off");
    assertThat(signIn.all("Set-Cookie")).noneMatch(c -> c.startsWith("polly_session="));
    assertThat(http.get("/auth/options", null).json().path("demo").asBoolean()).isFalse();

    var backends = API.backends();
    assertThat(backends.polls().countByGuild(DemoGuild.GUILD_ID, null)).isZero();
    long allPolls =
        backends
            .jdbi()
            .withHandle(h -> h.createQuery("SELECT count(*) FROM polls").mapTo(Long.class).one());
    assertThat(allPolls).isZero();

    String alice = Login.as(http, ALICE);
    assertThat(http.get("/api/guilds", alice).json().findValuesAsText("id"))
        .doesNotContain(Long.toString(DemoGuild.GUILD_ID));
    assertThat(http.get("/api/guilds/" + DemoGuild.GUILD_ID + "/channels", alice).status())
        .isEqualTo(403);
    assertThat(http.get("/auth/login", null).header("Location")).contains("client_id=");
    assertThat(demoKeys()).isEmpty();
  }

  /** Keys in this app's Redis database naming the demo guild or the demo's bot guild list. */
  private static List<String> demoKeys() {
    Config config = new Config();
    config.useSingleServer().setAddress(TestRedis.get().url()).setDatabase(DemoApps.REDIS_DB_OFF);
    RedissonClient redis = Redisson.create(config);
    try {
      RKeys keys = redis.getKeys();
      assertThat(keys.count()).as("keys the app wrote").isPositive();
      return Stream.concat(
              keys.getKeysStreamByPattern("*" + DemoGuild.GUILD_ID + "*"),
              keys.getKeysStreamByPattern("*bot:demo*"))
          .toList();
    } finally {
      redis.shutdown();
    }
  }
}
