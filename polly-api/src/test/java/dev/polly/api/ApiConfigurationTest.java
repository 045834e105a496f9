package dev.polly.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.ResourceConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.util.DataSize;
import io.dropwizard.util.Duration;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ApiConfigurationTest {
  final YamlConfigurationFactory<ApiConfiguration> factory =
      new YamlConfigurationFactory<>(
          ApiConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");

  @Test
  @DisplayName("the api section of the shared config.yml binds and validates with no variable set")
  void readsTheApiSectionOfConfigYmlWithSafeDefaults() throws Exception {
    String yaml;
    try (InputStream in =
        new SubstitutingSourceProvider(
                new FileConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false))
            .open("../config.yml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ObjectMapper mapper = Jackson.newObjectMapper(new YAMLFactory());
    ApiSettings api = mapper.treeToValue(mapper.readTree(yaml).path("api"), ApiSettings.class);

    assertThat(Validators.newValidator().validate(api)).isEmpty();
    assertThat(api.getSessionSecret()).isNotNull();
    assertThat(api.isCookieSecure()).isTrue();
    assertThat(api.getSessionTtl()).isEqualTo(Duration.days(7));
    assertThat(api.getMaxBodySize()).isEqualTo(DataSize.kibibytes(64));
    assertThat(api.dashboardOriginList()).isEmpty();
    assertThat(api.getDashboardUrl()).isEqualTo("/");
    assertThat(api.isDemo()).isFalse();
  }

  @Test
  void neverPrintsTheSessionSecret() {
    ApiSettings api = new ApiSettings();
    api.setSessionSecret("s3cr3t-value-123456");

    assertThat(api.toString()).doesNotContain("s3cr3t");
  }

  @Test
  void splitsTheOriginListAndDropsBlanksAndTrailingSlashes() {
    ApiSettings api = new ApiSettings();
    api.setDashboardOrigins(" https://a.example/ ,, http://localhost:5173");

    assertThat(api.dashboardOriginList())
        .containsExactly("https://a.example", "http://localhost:5173");
  }

  @Test
  void rejectsASessionLifetimeUnderAMinute() {
    assertThatThrownBy(
            () ->
                factory.build(
                    new ResourceConfigurationSourceProvider(), "fixtures/config-short-session.yml"))
        .isInstanceOf(ConfigurationValidationException.class)
        .hasMessageContaining("sessionTtl");
  }
}
