package dev.polly.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's run command starts the API on the shipped {@code config.yml} with no environment
 * variable set; this checks that the whole file (not one section) binds and validates that way.
 */
class ShippedConfigTest {

  @Test
  @DisplayName(
      "the shipped config.yml starts the API with no variable set: embedded services, safe defaults")
  void shippedConfigValidatesWithoutEnvironment() throws Exception {
    // GIVEN the config.yml at the repository root, substituted like the application does
    // (variables that are set in the test environment would only make it more specific)
    YamlConfigurationFactory<ApiConfiguration> factory =
        new YamlConfigurationFactory<>(
            ApiConfiguration.class,
            Validators.newValidator(),
            Jackson.newObjectMapper(),
            // not "dw": app tests in this JVM set dw.* system properties as config overrides
            "shipped-config-test");

    // WHEN it is parsed and validated
    ApiConfiguration config =
        factory.build(
            new SubstitutingSourceProvider(
                new FileConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)),
            "../config.yml");

    // THEN empty endpoints mean embedded services, not null fields that fail validation
    if (System.getenv("DATABASE_URL") == null) {
      assertThat(config.getDatabase().getUrl()).isEmpty();
    }
    if (System.getenv("REDIS_URL") == null) {
      assertThat(config.getRedis().getUrl()).isEmpty();
    }
    assertThat(config.getDiscord().getApiBaseUrl()).startsWith("http");
  }
}
