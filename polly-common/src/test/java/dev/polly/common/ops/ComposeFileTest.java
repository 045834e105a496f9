package dev.polly.common.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/docker-compose.yml, read as compose reads it (SnakeYAML resolves the anchors and {@code
 * <<} merge keys the file uses): the services, their ports, health-gated start order, volumes, and
 * every variable of config.yml wired into every polly-api and polly-bot service.
 */
class ComposeFileTest {

  private static final List<String> APP_SERVICES =
      List.of("polly-api", "polly-api-2", "polly-bot", "polly-bot-0", "polly-bot-1");

  private static final Pattern VARIABLE =
      Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?][^}]*)?}");

  private static Map<String, Object> compose;
  private static Map<String, Map<String, Object>> services;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void readCompose() throws IOException {
    compose = new Yaml().load(Files.readString(RepoFiles.docker("docker-compose.yml")));
    services = (Map<String, Map<String, Object>>) compose.get("services");
  }

  @SuppressWarnings("unchecked")
  private static <T> T at(Map<String, Object> map, String key) {
    return (T) map.get(key);
  }

  private static Map<String, Object> service(String name) {
    assertThat(services).containsKey(name);
    return services.get(name);
  }

  private static Map<String, Object> environment(String name) {
    Map<String, Object> env = at(service(name), "environment");
    assertThat(env).as(name + " environment").isNotNull();
    return env;
  }

  /** The variables {@code text} substitutes, comments left out. */
  private static Set<String> variables(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = VARIABLE.matcher(withoutComments(text));
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static String withoutComments(String text) {
    return text.replaceAll("(?m)(^|\\s)#.*$", "");
  }

  @Test
  void runsPostgres16Redis7WithAPasswordBothProcessesPrometheusAndGrafana() {
    assertThat(services)
        .containsKeys("postgres", "redis", "polly-api", "polly-bot", "prometheus", "grafana");
    assertThat((String) at(service("postgres"), "image")).startsWith("postgres:16");
    assertThat((String) at(service("redis"), "image")).startsWith("redis:7");
    assertThat(at(service("redis"), "command").toString()).contains("--requirepass");
    assertThat(environment("redis").get("REDIS_PASSWORD"))
        .isEqualTo(environment("polly-api").get("REDIS_PASSWORD"))
        .isEqualTo(environment("polly-bot").get("REDIS_PASSWORD"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"polly-api", "polly-api-2", "polly-bot", "polly-bot-0", "polly-bot-1"})
  void everyVariableOfConfigYmlIsSetForTheService(String name) throws IOException {
    Set<String> configVariables =
        variables(Files.readString(RepoFiles.root().resolve("config.yml")));

    assertThat(configVariables).isNotEmpty();
    assertThat(environment(name).keySet()).containsAll(configVariables);
  }

  @Test
  void everyVariableTheComposeFileReadsIsDocumentedInEnvExample() throws IOException {
    String example = Files.readString(RepoFiles.docker(".env.example"));
    for (String variable : variables(Files.readString(RepoFiles.docker("docker-compose.yml")))) {
      assertThat(example).as(variable).containsPattern("(?m)^" + variable + "=");
    }
  }

  @Test
  void appServicesStartOnlyOncePostgresAndRedisAreHealthy() {
    for (String name : APP_SERVICES) {
      Map<String, Object> dependsOn = at(service(name), "depends_on");
      assertThat(dependsOn).as(name).containsKeys("postgres", "redis");
    }
  }

  @Test
  void everyHealthGatedDependencyHasAHealthcheckAndEveryServiceHasOne() {
    for (Map.Entry<String, Map<String, Object>> entry : services.entrySet()) {
      assertThat(entry.getValue()).as(entry.getKey() + " healthcheck").containsKey("healthcheck");
      Object dependsOn = entry.getValue().get("depends_on");
      if (dependsOn instanceof Map<?, ?> conditions) {
        conditions.forEach(
            (dependency, condition) -> {
              assertThat(condition.toString())
                  .as(entry.getKey() + " -> " + dependency)
                  .contains("condition=service_healthy");
              assertThat(services).containsKey(dependency.toString());
            });
      }
    }
  }

  @Test
  void processesListenOnTheConfigPortsAndPublishAdminPortsOnlyOnLoopback() {
    assertThat(environment("polly-api")).containsEntry("API_PORT", "8080");
    assertThat(environment("polly-api")).containsEntry("API_ADMIN_PORT", "8081");
    assertThat(environment("polly-bot")).containsEntry("BOT_ADMIN_PORT", "8082");
    List<String> apiPorts = at(service("polly-api"), "ports");
    List<String> botPorts = at(service("polly-bot"), "ports");
    assertThat(apiPorts).anyMatch(p -> p.endsWith(":8080") && !p.startsWith("127.0.0.1"));
    assertThat(apiPorts).anyMatch(p -> p.startsWith("127.0.0.1:") && p.endsWith(":8081"));
    assertThat(botPorts).singleElement().asString().startsWith("127.0.0.1:").endsWith(":8082");
    assertThat(service("postgres")).doesNotContainKey("ports");
    assertThat(service("redis")).doesNotContainKey("ports");
  }

  @Test
  void apiHealthcheckUsesHealthWhichStays200WhenDegradedAndTheBotItsAdminHealthcheck() {
    for (String api : List.of("polly-api", "polly-api-2")) {
      assertThat(at(service(api), "healthcheck").toString())
          .as(api)
          .contains("http://127.0.0.1:$${API_PORT}/health]")
          .doesNotContain("/healthcheck");
    }
    for (String bot : List.of("polly-bot", "polly-bot-0", "polly-bot-1")) {
      assertThat(at(service(bot), "healthcheck").toString())
          .as(bot)
          .contains("http://127.0.0.1:$${BOT_ADMIN_PORT}/healthcheck");
    }
  }

  @Test
  void botsGiveUpAfterAFewFailedStartsInsteadOfRestartingForever() {
    for (String bot : List.of("polly-bot", "polly-bot-0", "polly-bot-1")) {
      assertThat((String) at(service(bot), "restart")).as(bot).matches("on-failure:[1-9]");
    }
    for (String name : List.of("polly-api", "postgres", "redis")) {
      assertThat((String) at(service(name), "restart")).as(name).isEqualTo("unless-stopped");
    }
  }

  @Test
  void adminConnectorsDefaultToLoopbackAndComposeOpensThemForPrometheus() throws IOException {
    String config = Files.readString(RepoFiles.root().resolve("config.yml"));
    String example = Files.readString(RepoFiles.docker(".env.example"));
    String readme = Files.readString(RepoFiles.root().resolve("README.md"));

    assertThat(config.split("bindHost: \\$\\{ADMIN_BIND_HOST:-127\\.0\\.0\\.1}", -1))
        .as("both admin connectors (polly-api's and bot.server's) read ADMIN_BIND_HOST")
        .hasSize(3);
    for (String name : APP_SERVICES) {
      assertThat(environment(name))
          .as(name)
          .containsEntry("ADMIN_BIND_HOST", "${ADMIN_BIND_HOST:-0.0.0.0}");
    }
    assertThat(example).containsPattern("(?m)^ADMIN_BIND_HOST=0\\.0\\.0\\.0$");
    assertThat(readme).contains("| `ADMIN_BIND_HOST` | `127.0.0.1` (compose: `0.0.0.0`) |");
  }

  @Test
  void redisReplicaHasThePrimarysMemoryLimitAndEvictionPolicy() {
    String primary = at(service("redis"), "command").toString();
    String replica = at(service("redis-replica"), "command").toString();

    assertThat(primary).contains("--maxmemory 256mb", "--maxmemory-policy volatile-lru");
    for (String setting : List.of("--maxmemory ", "--maxmemory-policy ")) {
      assertThat(valueOf(replica, setting)).as(setting).isEqualTo(valueOf(primary, setting));
    }
  }

  /** The word after {@code flag} in a command line. */
  private static String valueOf(String command, String flag) {
    int at = command.indexOf(flag);
    assertThat(at).as(flag + " in " + command).isNotNegative();
    return command.substring(at + flag.length()).split("[\\s,\\]]", 2)[0];
  }

  @Test
  void dataLivesInNamedVolumes() {
    Map<String, Object> volumes = at(compose, "volumes");
    assertThat(volumes).containsKeys("postgres-data", "prometheus-data", "grafana-data");
    assertThat(at(service("postgres"), "volumes").toString())
        .contains("postgres-data:/var/lib/postgresql/data");
    assertThat(at(service("prometheus"), "volumes").toString())
        .contains("prometheus-data:/prometheus");
    assertThat(at(service("grafana"), "volumes").toString())
        .contains("grafana-data:/var/lib/grafana");
  }

  @Test
  void everyBindMountAndBuildFileExistsInTheRepository() {
    for (Map.Entry<String, Map<String, Object>> entry : services.entrySet()) {
      List<String> volumes = at(entry.getValue(), "volumes");
      for (String volume : volumes == null ? List.<String>of() : volumes) {
        if (volume.startsWith("./")) {
          Path source = RepoFiles.docker(volume.substring(2, volume.indexOf(':')));
          assertThat(source).as(entry.getKey() + " mounts " + volume).exists();
        }
      }
      Map<String, Object> build = at(entry.getValue(), "build");
      if (build != null) {
        Path context = RepoFiles.docker("").resolve((String) build.get("context")).normalize();
        assertThat(context).isEqualTo(RepoFiles.root());
        assertThat(context.resolve((String) build.get("dockerfile"))).exists();
      }
    }
  }

  @Test
  void grafanaAndPrometheusMountTheirProvisioningWhereTheirConfigsLook() throws IOException {
    String grafana = at(service("grafana"), "volumes").toString();
    String provider =
        Files.readString(RepoFiles.docker("grafana/provisioning/dashboards/polly.yml"));
    String datasource =
        Files.readString(RepoFiles.docker("grafana/provisioning/datasources/prometheus.yml"));
    assertThat(grafana)
        .contains("./grafana/provisioning:/etc/grafana/provisioning")
        .contains("./grafana/dashboards:/etc/grafana/dashboards");
    assertThat(provider).contains("path: /etc/grafana/dashboards");
    assertThat(datasource).contains("url: http://prometheus:9090");

    String prometheus = at(service("prometheus"), "volumes").toString();
    String config = Files.readString(RepoFiles.docker("prometheus.yml"));
    assertThat(prometheus)
        .contains("./prometheus.yml:/etc/prometheus/prometheus.yml")
        .contains("./prometheus:/etc/prometheus/prometheus");
    assertThat(config).contains("- prometheus/alerts.yml"); // relative to /etc/prometheus
  }

  @Test
  void scaledProfileRunsASecondApiBehindARoundRobinBalancerWithoutStickySessions()
      throws IOException {
    assertThat(at(service("polly-api-2"), "profiles").toString()).isEqualTo("[scaled]");
    assertThat(at(service("lb"), "profiles").toString()).isEqualTo("[scaled]");
    assertThat(at(service("lb"), "depends_on").toString()).contains("polly-api", "polly-api-2");
    String nginx = withoutComments(Files.readString(RepoFiles.docker("nginx/polly-api.conf")));
    assertThat(nginx).contains("server polly-api:8080", "server polly-api-2:8080");
    assertThat(nginx).doesNotContain("ip_hash", "sticky", "hash ");
  }

  @Test
  void shardedProfileSplitsTheShardsBetweenTwoBotWorkers() {
    Map<String, Object> bot0 = environment("polly-bot-0");
    Map<String, Object> bot1 = environment("polly-bot-1");
    assertThat(at(service("polly-bot-0"), "profiles").toString()).isEqualTo("[sharded]");
    assertThat(at(service("polly-bot-1"), "profiles").toString()).isEqualTo("[sharded]");
    assertThat(bot0.get("BOT_SHARDS_TOTAL")).isEqualTo("2").isEqualTo(bot1.get("BOT_SHARDS_TOTAL"));
    assertThat(List.of(bot0.get("BOT_SHARD_IDS"), bot1.get("BOT_SHARD_IDS")))
        .containsExactly("0", "1");
  }

  @Test
  void sentinelProfileRunsThreeSentinelsWatchingTheRedisServiceWithItsPassword() {
    assertThat(at(service("redis-replica"), "command").toString())
        .contains("--replicaof redis 6379", "--masterauth");
    assertThat(at(service("redis-sentinel"), "command").toString())
        .contains("sentinel monitor mymaster redis 6379 2", "sentinel auth-pass mymaster");
    assertThat(at(service("redis-sentinel"), "deploy").toString()).contains("replicas=3");
  }
}
