package dev.polly.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import jakarta.validation.Validator;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BotConfigurationTest {
  private final ObjectMapper mapper = Jackson.newObjectMapper();
  private final Validator validator = Validators.newValidator();

  private BotConfiguration load() throws Exception {
    return new YamlConfigurationFactory<>(BotConfiguration.class, null, mapper, "dw")
        .build(
            new SubstitutingSourceProvider(
                new FileConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)),
            "../config.yml");
  }

  @Test
  @DisplayName("the shared config.yml binds the bot section with its defaults")
  void bindsDefaults() throws Exception {
    BotSettings bot = load().getBot();
    assertThat(bot.getEditInterval().toJavaDuration()).isEqualTo(Duration.ofSeconds(3));
    assertThat(bot.getSchedulerTick().toJavaDuration()).isEqualTo(Duration.ofSeconds(5));
    assertThat(bot.getHandlerThreads()).isEqualTo(8);
    assertThat(bot.getVoteThreads()).isEqualTo(BotSettings.DEFAULT_VOTE_THREADS).isEqualTo(8);
    assertThat(bot.getAnswersInFlight())
        .isEqualTo(BotSettings.DEFAULT_ANSWERS_IN_FLIGHT)
        .isEqualTo(32);
    assertThat(bot.getShards().sharded()).isFalse();
    assertThat(bot.getShards().getIds()).isEmpty();
  }

  @Test
  @DisplayName(
      "a missing token is no configuration error: db migrate and redis-check run without one, and"
          + " only the server command refuses to start (StartupErrorsTest, BotCommandsJarIT)")
  void missingTokenIsNoViolation() throws Exception {
    BotConfiguration config = load();
    config.getDiscord().setToken("");
    assertThat(validator.validate(config)).isEmpty();
  }

  @Test
  @DisplayName("edit interval, tick, shard ids and the vote thread count are validated")
  void validation() throws Exception {
    BotConfiguration config = load();
    config.getDiscord().setToken("x");
    config.getBot().setEditInterval(io.dropwizard.util.Duration.milliseconds(10));
    config.getBot().getShards().setIds(java.util.List.of(3));
    config.getBot().setVoteThreads(0);
    assertThat(validator.validate(config)).hasSize(3);
    config.getBot().setVoteThreads(16);
    config.getBot().setEditInterval(io.dropwizard.util.Duration.seconds(3));
    config.getBot().getShards().setTotal(4);
    assertThat(validator.validate(config)).isEmpty();
  }
}
