package dev.polly.bot.startup;

import dev.polly.bot.discord.DiscordLoginException;
import dev.polly.common.config.DiscordFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies the bot token before anything starts, with the same call JDA makes at login ({@code GET
 * /users/@me}): a 401 becomes a {@link DiscordLoginException} whose message is the one line shown
 * to the operator. Network trouble is only logged; JDA retries the connection itself.
 */
public final class TokenCheck {
  private static final Logger LOG = LoggerFactory.getLogger(TokenCheck.class);
  static final String INVALID =
      "Discord rejected DISCORD_TOKEN (401 Unauthorized at /users/@me): check the bot token;"
          + " see README, Configuration";

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public void verify(DiscordFactory discord) {
    String base = discord.getApiBaseUrl().replaceAll("/+$", "");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/users/@me"))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Bot " + discord.getToken())
            .header("User-Agent", "DiscordBot (https://github.com/polly, 0.1)")
            .GET()
            .build();
    try {
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status == 401) {
        throw new DiscordLoginException(INVALID);
      }
    } catch (IOException e) {
      LOG.warn("Could not verify the bot token at {}: {}", base, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
