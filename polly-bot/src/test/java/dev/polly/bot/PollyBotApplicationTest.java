package dev.polly.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.support.Polls;
import dev.polly.common.testing.TestPostgres;
import dev.polly.common.testing.TestRedis;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real application from the shipped {@code config.yml}, pointed at the fake Discord, the test
 * PostgreSQL and the test Redis: admin port only, health checks, {@code /prometheus}, tasks.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PollyBotApplicationTest {
  private static final FakeDiscord DISCORD = startDiscord();
  private static final TestPostgres POSTGRES = TestPostgres.get();

  static final DropwizardAppExtension<BotConfiguration> APP =
      new DropwizardAppExtension<>(
          PollyBotApplication.class,
          "../config.yml",
          ConfigOverride.config("discord.token", FakeDiscord.TOKEN),
          ConfigOverride.config("discord.apiBaseUrl", DISCORD.apiBaseUrl()),
          ConfigOverride.config("discord.gatewayUrl", DISCORD.gatewayUrl()),
          ConfigOverride.config("database.url", POSTGRES.jdbcUrl()),
          ConfigOverride.config("database.user", POSTGRES.user()),
          ConfigOverride.config("redis.url", TestRedis.get().url()),
          ConfigOverride.config("bot.server.adminConnectors[0].port", "0"),
          ConfigOverride.config("bot.editInterval", "500ms"),
          ConfigOverride.config("logging.level", "WARN"));

  private final HttpClient http = HttpClient.newHttpClient();

  private static FakeDiscord startDiscord() {
    try {
      TestPostgres.get().truncateAll();
      return FakeDiscord.start();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  static void stopDiscord() throws Exception {
    DISCORD.close();
  }

  private HttpResponse<String> admin(String method, String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getAdminPort() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @DisplayName(
      "serves health checks gateway, database and redis, all healthy, on the admin port only")
  void healthChecks() throws Exception {
    assertThat(APP.getLocalPort()).isEqualTo(APP.getAdminPort());
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              HttpResponse<String> response = admin("GET", "/healthcheck");
              JsonNode health = new ObjectMapper().readTree(response.body());
              assertThat(health.path("gateway").path("healthy").asBoolean()).isTrue();
              assertThat(health.path("database").path("healthy").asBoolean()).isTrue();
              assertThat(health.path("redis").path("healthy").asBoolean()).isTrue();
              assertThat(response.statusCode()).isEqualTo(200);
            });
  }

  @Test
  @DisplayName("a vote through the running app shows up in /prometheus as polly_bot_votes_total")
  void prometheusCountsVotes() throws Exception {
    Polls.Posted poll = Polls.createThroughDiscord(DISCORD, "Tea | Coffee", Map.of());
    long click =
        DISCORD.interact(
            DISCORD
                .interactions()
                .button(
                    DISCORD.guild(),
                    FakeMember.voter(700),
                    "vote:" + poll.pollId() + ":1",
                    poll.messageId()));
    await().atMost(Duration.ofSeconds(5)).until(() -> DISCORD.replyTo(click).isPresent());

    String scrape = admin("GET", "/prometheus").body();
    assertThat(scrape).containsPattern("(?m)^polly_bot_votes_total(\\{[^}]*\\})? 1\\.0$");
    assertThat(scrape)
        .contains(
            "polly_bot_message_edits_total",
            "polly_bot_rate_limited_total",
            "polly_bot_scheduler_lag_seconds");
    assertThat(admin("POST", "/tasks/scheduler-sweep").body()).contains("sweep done");
  }
}
