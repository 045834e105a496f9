package dev.polly.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration failures become one line naming the variable, its value and the line. */
class ConfigErrorsTest {
  @TempDir Path dir;

  /** A configuration with the shared sections, as both processes read it. */
  public static class TestConfiguration extends PollyConfiguration {}

  private static final String YAML =
      """
      # comment
      redis:
        url: "${REDIS_URL:-}"
        port: ${REDIS_PORT:-6379}
        password: "${REDIS_PASSWORD:-}"
        timeout: ${REDIS_TIMEOUT:-250ms}
        db: ${REDIS_SECRET_DB:-0}
      database:
        maxSize: ${DB_MAX:-8}
      """;

  private List<String> failWith(Map<String, String> env) throws Exception {
    Path file = Files.writeString(dir.resolve("config.yml"), YAML);
    ObjectMapper mapper = Jackson.newObjectMapper();
    YamlConfigurationFactory<TestConfiguration> factory =
        new YamlConfigurationFactory<>(
            TestConfiguration.class, Validators.newValidator(), mapper, "dw");
    EnvironmentVariableSubstitutor substitutor = new EnvironmentVariableSubstitutor(false);
    substitutor.setVariableResolver(env::get);
    try {
      factory.build(
          new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), substitutor),
          file.toString());
    } catch (ConfigurationException e) {
      return new ConfigErrors(ConfigSource.read(file.toString()), env).describe(e).orElseThrow();
    }
    throw new AssertionError("the configuration was accepted");
  }

  @Test
  @DisplayName("a non-numeric port names the variable, its value, the field and the line")
  void nonNumericPort() throws Exception {
    assertThat(failWith(Map.of("REDIS_PORT", "abc")))
        .containsExactly("REDIS_PORT=abc: redis.port must be a number (config.yml line 4)");
  }

  @Test
  @DisplayName("a bad duration says what a duration looks like")
  void badDuration() throws Exception {
    assertThat(failWith(Map.of("REDIS_TIMEOUT", "soon")))
        .singleElement()
        .asString()
        .isEqualTo(
            "REDIS_TIMEOUT=soon: redis.timeout must be a duration such as 250ms, 5s or 10m"
                + " (config.yml line 6)");
  }

  @Test
  @DisplayName("a constraint violation names the variable and the line too")
  void violation() throws Exception {
    assertThat(failWith(Map.of("DB_MAX", "0")))
        .contains(
            "DB_MAX=0: database.maxSize must be greater than or equal to 1 (config.yml line 9)");
  }

  @Test
  @DisplayName("the value of a variable whose name says secret is never printed")
  void secretsMasked() throws Exception {
    assertThat(failWith(Map.of("REDIS_SECRET_DB", "hunter2")))
        .containsExactly("REDIS_SECRET_DB=***: redis.db must be a number (config.yml line 7)");
  }

  @Test
  @DisplayName("anything else is not described")
  void otherFailures() {
    ConfigErrors errors = new ConfigErrors(ConfigSource.read("/nonexistent"), Map.of());
    assertThat(errors.describe(new IllegalStateException("boom"))).isEmpty();
  }
}
