package dev.polly.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ResourceConfigurationSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.util.Duration;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Binding and validation of the {@code database:} section, as Dropwizard does at startup. */
class DatabaseFactoryConfigTest {
  private final YamlConfigurationFactory<DatabaseFactory> factory =
      new YamlConfigurationFactory<>(
          DatabaseFactory.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");

  @Test
  void defaultsSelectEmbeddedPostgresAndMigrateOnStart() throws Exception {
    DatabaseFactory database = factory.build();

    assertThat(database.getUrl()).isEmpty();
    assertThat(database.getUser()).isEqualTo("polly");
    assertThat(database.isMigrateOnStart()).isTrue();
    assertThat(database.getEmbeddedDataDir()).isEqualTo("./.polly/pg");
    assertThat(database.getMinSize()).isEqualTo(2);
    assertThat(database.getMaxSize()).isEqualTo(16);
    assertThat(database.getMaxWaitForConnection()).isEqualTo(Duration.seconds(2));
  }

  @Test
  void bindsEveryField() throws Exception {
    DatabaseFactory database =
        parse(
            "url: jdbc:postgresql://db:5432/polly\nuser: app\npassword: s3cret\n"
                + "migrateOnStart: false\nembeddedDataDir: /var/pg\nminSize: 1\nmaxSize: 4\n"
                + "maxWaitForConnection: 500ms\nconnectTimeout: 10s\nhealthCheckTimeout: 3s\n"
                + "socketTimeout: 1m\n");

    assertThat(database.getUrl()).isEqualTo("jdbc:postgresql://db:5432/polly");
    assertThat(database.isMigrateOnStart()).isFalse();
    assertThat(database.getMaxWaitForConnection()).isEqualTo(Duration.milliseconds(500));
    assertThat(database.getConnectTimeout()).isEqualTo(Duration.seconds(10));
    assertThat(database.getMaxSize()).isEqualTo(4);
    assertThat(database.getSocketTimeout()).isEqualTo(Duration.minutes(1));
    assertThat(
            database
                .dataSourceFactory(DatabaseUrl.resolve(database.getUrl(), "app", "s3cret"))
                .getProperties())
        .containsEntry("connectTimeout", "10")
        .containsEntry("socketTimeout", "60");
  }

  @Test
  void badDurationNamesTheField() {
    assertThatThrownBy(() -> parse("maxWaitForConnection: soon\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("maxWaitForConnection");
  }

  @Test
  void outOfRangeValuesNameTheField() {
    assertThatThrownBy(() -> parse("maxSize: 0\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("maxSize must be greater than or equal to 1");
    assertThatThrownBy(() -> parse("connectTimeout: 0s\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> parse("minSize: 8\nmaxSize: 4\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("database.maxSize must be at least database.minSize");
  }

  @Test
  void missingRequiredValueNamesTheField() {
    assertThatThrownBy(() -> parse("url: null\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("url must not be null");
    assertThatThrownBy(() -> parse("embeddedDataDir: ''\n"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("embeddedDataDir must not be blank");
  }

  @Test
  void toStringNeverShowsThePassword() throws Exception {
    DatabaseFactory database =
        parse("url: postgres://app:hunter2@db:5432/polly?password=hunter2\npassword: hunter2\n");

    assertThat(database.toString()).doesNotContain("hunter2").contains("password=***");
  }

  private DatabaseFactory parse(String yaml) throws Exception {
    return factory.build(
        new ResourceConfigurationSourceProvider() {
          @Override
          public java.io.InputStream open(String path) {
            return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
          }
        },
        "database.yml");
  }
}
