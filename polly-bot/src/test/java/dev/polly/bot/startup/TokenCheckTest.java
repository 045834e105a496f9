package dev.polly.bot.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.polly.bot.discord.DiscordLoginException;
import dev.polly.common.config.DiscordFactory;
import dev.polly.common.dev.EmbeddedRedisServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The bot waits for a Discord it cannot reach yet, with backoff, and logs in once it answers. */
class TokenCheckTest {
  private final List<Duration> pauses = new ArrayList<>();

  private static DiscordFactory discordAt(String base) {
    DiscordFactory discord = new DiscordFactory();
    discord.setToken("MTIz.token.value");
    discord.setApiBaseUrl(base);
    return discord;
  }

  @Test
  @DisplayName("a Discord that comes up after two refused attempts is waited for, 2 s then 4 s")
  void waitsUntilDiscordAnswers() throws Exception {
    int port = EmbeddedRedisServer.freePort();
    HttpServer[] server = new HttpServer[1];
    TokenCheck check =
        new TokenCheck(
            StartupBackoff.standard(),
            pause -> {
              pauses.add(pause);
              if (pauses.size() == 2) {
                server[0] = answering(port, 200);
              }
            });
    try {
      check.verify(discordAt("http://127.0.0.1:" + port + "/api/v10"));
    } finally {
      if (server[0] != null) {
        server[0].stop(0);
      }
    }
    assertThat(pauses).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @Test
  @DisplayName("a rejected token ends the wait with the one-line error")
  void rejectedTokenIsFatal() throws Exception {
    int port = EmbeddedRedisServer.freePort();
    HttpServer server = answering(port, 401);
    try {
      assertThatThrownBy(
              () ->
                  new TokenCheck(StartupBackoff.standard(), pauses::add)
                      .verify(discordAt("http://127.0.0.1:" + port)))
          .isInstanceOf(DiscordLoginException.class)
          .hasMessage(TokenCheck.INVALID);
    } finally {
      server.stop(0);
    }
    assertThat(pauses).isEmpty();
  }

  @Test
  @DisplayName("the cause names a host that does not resolve instead of a bare ConnectException")
  void causeNamesUnresolvedHost() {
    assertThat(TokenCheck.cause("http://discord.invalid/api/v10", new ConnectException()))
        .isEqualTo("host discord.invalid does not resolve");
    IOException wrapped = new ConnectException("x");
    wrapped.initCause(refused());
    assertThat(TokenCheck.cause("http://127.0.0.1:1", wrapped))
        .isEqualTo("ConnectException: Connection refused");
  }

  @Test
  @DisplayName("the delay doubles from 2 s and stays at one minute")
  void backoffDoublesToOneMinute() {
    StartupBackoff backoff = StartupBackoff.standard();
    assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 100).stream().map(backoff::delay).toList())
        .containsExactly(
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(16),
            Duration.ofSeconds(32),
            Duration.ofSeconds(60),
            Duration.ofSeconds(60),
            Duration.ofSeconds(60));
  }

  private static IOException refused() {
    return new ConnectException("Connection refused");
  }

  private static HttpServer answering(int port, int status) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
      server.createContext(
          "/",
          exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
