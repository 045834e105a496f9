package dev.polly.common.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.polly.common.testing.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.api.Test;

/**
 * config.yml after substitution, as Dropwizard's {@code EnvironmentVariableSubstitutor} (a
 * commons-text {@link StringSubstitutor} over the environment) produces it: the values compose
 * passes land where the processes read them, and unset variables read as empty, never as null.
 */
class ConfigYmlVariablesTest {

  private static JsonNode substituted(Map<String, String> environment) throws IOException {
    String text = Files.readString(RepoFiles.root().resolve("config.yml"));
    return new YAMLMapper().readTree(new StringSubstitutor(environment).replace(text));
  }

  @Test
  void composesShardingVariablesBecomeTheBotsShardList() throws IOException {
    JsonNode shards =
        substituted(Map.of("BOT_SHARDS_TOTAL", "2", "BOT_SHARD_IDS", "0,1")).at("/bot/shards");

    assertThat(shards.path("total").asInt()).isEqualTo(2);
    assertThat(shards.path("ids").toString()).isEqualTo("[0,1]");
  }

  @Test
  void unsetShardingVariablesMeanOneUnshardedConnection() throws IOException {
    JsonNode shards = substituted(Map.of()).at("/bot/shards");

    assertThat(shards.path("total").asInt()).isZero();
    assertThat(shards.path("ids").isArray()).isTrue();
    assertThat(shards.path("ids")).isEmpty();
  }

  @Test
  void composesRedisVariablesReachTheRedisSection() throws IOException {
    JsonNode redis =
        substituted(
                Map.of(
                    "REDIS_HOST", "redis-sentinel",
                    "REDIS_PORT", "26379",
                    "REDIS_PASSWORD", "s3cret",
                    "REDIS_MODE", "sentinel"))
            .path("redis");

    assertThat(redis.path("host").asText()).isEqualTo("redis-sentinel");
    assertThat(redis.path("port").asInt()).isEqualTo(26379);
    assertThat(redis.path("password").asText()).isEqualTo("s3cret");
    assertThat(redis.path("mode").asText()).isEqualTo("sentinel");
  }

  @Test
  void bothAdminConnectorsListenOnLoopbackUnlessAdminBindHostOpensThem() throws IOException {
    String api = "/server/adminConnectors/0/bindHost";
    String bot = "/bot/server/adminConnectors/0/bindHost";

    assertThat(substituted(Map.of()).at(api).asText()).isEqualTo("127.0.0.1");
    assertThat(substituted(Map.of()).at(bot).asText()).isEqualTo("127.0.0.1");
    assertThat(substituted(Map.of("ADMIN_BIND_HOST", "0.0.0.0")).at(api).asText())
        .isEqualTo("0.0.0.0");
    assertThat(substituted(Map.of("ADMIN_BIND_HOST", "0.0.0.0")).at(bot).asText())
        .isEqualTo("0.0.0.0");
  }

  @Test
  void unsetDiscordVariablesReadAsEmptyStringsNotNull() throws IOException {
    JsonNode discord = substituted(Map.of()).path("discord");

    for (String field : new String[] {"token", "clientId", "clientSecret", "gatewayUrl"}) {
      assertThat(discord.path(field).isTextual()).as(field).isTrue();
      assertThat(discord.path(field).asText()).as(field).isEmpty();
    }
  }
}
