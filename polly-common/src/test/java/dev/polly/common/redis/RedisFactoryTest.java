package dev.polly.common.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polly.common.cache.CacheFactory;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.util.Duration;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.redisson.config.ClusterServersConfig;
import org.redisson.config.SentinelServersConfig;

/**
 * Binding, validation, URL parsing and secret masking of the {@code redis:} and {@code cache:}
 * sections.
 */
class RedisFactoryTest {
  private final Validator validator = Validators.newValidator();

  @Test
  void defaultsFailFastAndStartLazily() {
    RedisFactory factory = new RedisFactory();

    assertThat(factory.getTimeout()).isEqualTo(Duration.milliseconds(250));
    assertThat(factory.getConnectTimeout()).isEqualTo(Duration.milliseconds(250));
    assertThat(factory.getRetryAttempts()).isZero();
    assertThat(factory.embedded()).isTrue();
    assertThat(validator.validate(factory)).isEmpty();
    assertThat(
            RedissonConfigs.of(factory, RedisAddress.parse("redis://h:1"), "x")
                .isLazyInitialization())
        .isTrue();
  }

  @Test
  void bindsEveryFieldFromYaml() throws Exception {
    String yaml =
        "mode: cluster\nnodes: [\"redis://a:7000\", \"b:7001\"]\ntimeout: 100ms\n"
            + "connectTimeout: 200ms\nretryAttempts: 1\nconnectionPoolSize: 16\nhost: h\nport: 6380\n"
            + "db: 2\npassword: pw\n";
    RedisFactory factory =
        new YamlConfigurationFactory<>(
                RedisFactory.class, validator, Jackson.newObjectMapper(), "dw")
            .build(
                new io.dropwizard.configuration.ConfigurationSourceProvider() {
                  @Override
                  public java.io.InputStream open(String path) {
                    return new java.io.ByteArrayInputStream(
                        yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                  }
                },
                "redis.yml");

    assertThat(factory.getMode()).isEqualTo("cluster");
    assertThat(factory.getNodes()).containsExactly("redis://a:7000", "b:7001");
    assertThat(factory.getTimeout()).isEqualTo(Duration.milliseconds(100));
    assertThat(factory.getRetryAttempts()).isEqualTo(1);
    assertThat(factory.getDb()).isEqualTo(2);
    assertThat(factory.embedded()).isFalse();
    assertThat(
            RedissonConfigs.of(factory, RedisAddress.parse("redis://a:7000"), "x")
                .isClusterConfig())
        .isTrue();
  }

  @Test
  void clusterAndSentinelSizeTheirMasterPoolsLikeASingleServer() {
    RedisFactory factory = new RedisFactory();
    factory.setConnectionPoolSize(16);
    factory.setConnectionMinimumIdleSize(40);
    factory.setSubscriptionConnectionPoolSize(4);
    RedisAddress primary = RedisAddress.parse("redis://a:7000/2");

    factory.setMode("cluster");
    ClusterServersConfig cluster = RedissonConfigs.of(factory, primary, "x").useClusterServers();
    assertThat(cluster.getMasterConnectionPoolSize()).isEqualTo(16);
    assertThat(cluster.getMasterConnectionMinimumIdleSize()).isEqualTo(16);
    assertThat(cluster.getSlaveConnectionPoolSize()).isEqualTo(16);
    assertThat(cluster.getSlaveConnectionMinimumIdleSize()).isZero();
    assertThat(cluster.getSubscriptionConnectionPoolSize()).isEqualTo(4);
    assertThat(cluster.getSubscriptionConnectionMinimumIdleSize()).isEqualTo(1);
    assertThat(cluster.getNodeAddresses()).containsExactly("redis://a:7000");

    factory.setMode("sentinel");
    SentinelServersConfig sentinel = RedissonConfigs.of(factory, primary, "x").useSentinelServers();
    assertThat(sentinel.getMasterConnectionPoolSize()).isEqualTo(16);
    assertThat(sentinel.getMasterConnectionMinimumIdleSize()).isEqualTo(16);
    assertThat(sentinel.getSubscriptionConnectionPoolSize()).isEqualTo(4);
    assertThat(sentinel.getSubscriptionConnectionMinimumIdleSize()).isEqualTo(1);
    assertThat(sentinel.getMasterName()).isEqualTo("mymaster");
    assertThat(sentinel.getDatabase()).isEqualTo(2);
    assertThat(sentinel.getSentinelAddresses()).containsExactly("redis://a:7000");
  }

  @Test
  void rejectsSlowTimeoutsUnknownModesAndTooManyRetries() {
    RedisFactory factory = new RedisFactory();
    factory.setMode("ring");
    factory.setRetryAttempts(3);
    factory.setTimeout(Duration.minutes(1));

    assertThat(validator.validate(factory))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("mode", "retryAttempts", "timeout");
  }

  @Test
  void parsesUrlsWithPasswordUserDatabaseAndTls() {
    assertThat(RedisAddress.parse("rediss://user:p%40ss@cache.example:6380/3"))
        .isEqualTo(new RedisAddress(true, "cache.example", 6380, 3, "user", "p@ss"));
    assertThat(RedisAddress.parse("redis://:pw@h"))
        .isEqualTo(new RedisAddress(false, "h", 6379, 0, "", "pw"));
    assertThat(RedisAddress.parse("h:7000").nodeAddress()).isEqualTo("redis://h:7000");
    assertThatThrownBy(() -> RedisAddress.parse("http://h"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverPrintsThePassword() {
    RedisFactory factory = new RedisFactory();
    factory.setUrl("redis://user:hunter2@h:6379/1");
    factory.setPassword("swordfish");

    assertThat(factory.toString())
        .doesNotContain("hunter2")
        .doesNotContain("swordfish")
        .contains("***");
    assertThat(RedisAddress.parse(factory.getUrl()).toString()).doesNotContain("hunter2");
    assertThat(RedisAddress.mask("redis://secret@h:1")).isEqualTo("redis://***@h:1");
  }

  @Test
  void cacheRegionsDefaultToTheDesignTtls() {
    CacheFactory cache = new CacheFactory();

    assertThat(cache.region("user_prefs").getTtl()).isEqualTo(Duration.minutes(30));
    assertThat(cache.region("guild").getTtl()).isEqualTo(Duration.minutes(10));
    assertThat(cache.region("user_guilds").getTtl()).isEqualTo(Duration.minutes(10));
    assertThat(cache.region("poll_results").getTtl()).isEqualTo(Duration.minutes(5));
    assertThat(validator.validate(cache)).isEmpty();
    assertThatThrownBy(() -> cache.region("nope")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSharedConfigYmlBindsAndValidates() throws Exception {
    String text =
        new io.dropwizard.configuration.EnvironmentVariableSubstitutor(false)
            .replace(java.nio.file.Files.readString(java.nio.file.Path.of("..", "config.yml")));
    com.fasterxml.jackson.databind.ObjectMapper yaml =
        new com.fasterxml.jackson.databind.ObjectMapper(
            new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    com.fasterxml.jackson.databind.JsonNode root = yaml.readTree(text);
    com.fasterxml.jackson.databind.ObjectMapper json = Jackson.newObjectMapper();

    RedisFactory redis = json.treeToValue(root.get("redis"), RedisFactory.class);
    CacheFactory cache = json.treeToValue(root.get("cache"), CacheFactory.class);

    assertThat(validator.validate(redis)).isEmpty();
    assertThat(validator.validate(cache)).isEmpty();
    assertThat(cache.region("user_prefs").nearCacheEnabled()).isTrue();
    assertThat(cache.region("poll_results").getTtl()).isEqualTo(Duration.minutes(5));
    assertThat(cache.getCircuit().getOpenDuration()).isEqualTo(Duration.seconds(2));
  }
}
