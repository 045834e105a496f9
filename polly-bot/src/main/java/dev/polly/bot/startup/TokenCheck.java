package dev.polly.bot.startup;

import dev.polly.bot.discord.DiscordLoginException;
import dev.polly.common.config.DiscordFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies the bot token before anything starts, with the same call JDA makes at login ({@code GET
 * /users/@me}). A 401 becomes a {@link DiscordLoginException} whose message is the one line shown
 * to the operator. A Discord that cannot be reached (a name that does not resolve, a refused or
 * timed-out connection) is waited for: one WARN line per attempt naming the address and the cause,
 * then a retry after the {@link StartupBackoff} delay, so JDA only logs in once Discord answers and
 * an outage never prints an exception trace.
 */
public final class TokenCheck {
  private static final Logger LOG = LoggerFactory.getLogger(TokenCheck.class);
  static final String INVALID =
      "Discord rejected DISCORD_TOKEN (401 Unauthorized at /users/@me): check the bot token;"
          + " see README, Configuration";

  /** Pauses between attempts; a test passes one that does not really sleep. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final StartupBackoff backoff;
  private final Sleeper sleeper;

  public TokenCheck() {
    this(StartupBackoff.standard(), duration -> Thread.sleep(duration.toMillis()));
  }

  TokenCheck(StartupBackoff backoff, Sleeper sleeper) {
    this.backoff = backoff;
    this.sleeper = sleeper;
  }

  /**
   * Returns once Discord accepted the token, throws {@link DiscordLoginException} when it rejected
   * it, and waits (logging one line per attempt) while Discord cannot be reached.
   */
  public void verify(DiscordFactory discord) {
    String base = discord.getApiBaseUrl().replaceAll("/+$", "");
    for (int attempt = 1; ; attempt++) {
      try {
        if (status(base, discord.getToken()) == 401) {
          throw new DiscordLoginException(INVALID);
        }
        if (attempt > 1) {
          LOG.info("Discord answers at {} after {} attempt(s)", base, attempt);
        }
        return;
      } catch (IOException e) {
        Duration delay = backoff.delay(attempt);
        LOG.warn(
            "Discord is unreachable at {} ({}): retrying in {} s (attempt {});"
                + " check the network and DISCORD_API_BASE_URL",
            base,
            cause(base, e),
            delay.toSeconds(),
            attempt);
        pause(delay);
      }
    }
  }

  private int status(String base, String token) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/users/@me"))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bot " + token)
            .header("User-Agent", "DiscordBot (https://github.com/polly, 0.1)")
            .GET()
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DiscordLoginException("interrupted while waiting for Discord at " + base);
    }
  }

  private void pause(Duration delay) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DiscordLoginException("interrupted while waiting for Discord");
    }
  }

  /**
   * The cause in words. Java's HTTP client reports a name that does not resolve as a bare {@code
   * ConnectException}, so the host is resolved here to say so.
   */
  static String cause(String base, IOException e) {
    String host = URI.create(base).getHost();
    if (host != null) {
      try {
        InetAddress.getAllByName(host);
      } catch (UnknownHostException unknown) {
        return "host " + host + " does not resolve";
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
