package dev.polly.bot.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.support.Polls;
import dev.polly.bot.support.RunningBot;
import dev.polly.common.testing.TestPostgres;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * An anonymous poll stays anonymous in the bot's logs: when a vote fails (PostgreSQL stopped), no
 * log line names the voter together with the option they picked. Captured on the root logger with
 * {@code dev.polly} at DEBUG.
 */
class BotAnonymityTest {
  private static final long VOTER = 31_337_000_123L;

  @RegisterExtension final RunningBot world = new RunningBot(Duration.ofMillis(300));

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Level previousLevel;

  @BeforeEach
  void capture() {
    Logger polly = (Logger) LoggerFactory.getLogger("dev.polly");
    previousLevel = polly.getLevel();
    polly.setLevel(Level.DEBUG);
    logs.start();
    root().addAppender(logs);
  }

  @AfterEach
  void release() {
    root().detachAppender(logs);
    ((Logger) LoggerFactory.getLogger("dev.polly")).setLevel(previousLevel);
  }

  @Test
  @DisplayName("a failed vote in an anonymous poll logs no voter id next to the chosen option")
  void failedVoteLogsNoVoterWithChoice() {
    Polls.Posted poll =
        Polls.createThroughDiscord(
            world.discord(), "Alpha | Secret Bravo", Map.of("anonymous", true));
    String chosen = "vote:" + poll.pollId() + ":1";
    logs.list.clear();

    TestPostgres.get().stop();
    try {
      long click = world.button(FakeMember.voter(VOTER), chosen, poll.messageId());
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> world.discord().replyTo(click).isPresent());
    } finally {
      TestPostgres.get().start();
    }

    List<String> lines =
        logs.list.stream()
            .map(
                e ->
                    e.getFormattedMessage()
                        + " "
                        + String.valueOf(
                            e.getThrowableProxy() == null
                                ? ""
                                : e.getThrowableProxy().getMessage()))
            .toList();
    assertThat(lines)
        .as("the failure was logged")
        .anyMatch(l -> l.contains(Long.toString(VOTER)) || l.contains("failed"));
    assertThat(lines)
        .as("log lines naming the voter together with the chosen option")
        .noneMatch(
            l ->
                l.contains(Long.toString(VOTER))
                    && (l.contains(chosen)
                        || l.contains("Secret Bravo")
                        || l.contains("position 1")));
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
