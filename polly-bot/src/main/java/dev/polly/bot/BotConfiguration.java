package dev.polly.bot;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.polly.common.config.PollyConfiguration;
import io.dropwizard.core.server.ServerFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The bot's view of {@code config.yml}: the shared sections plus {@code bot}. The top-level {@code
 * server} section belongs to the API; the bot runs the admin-only server of {@code bot.server}. The
 * Discord token is required by the {@code server} command only ({@code BotServerCommand}), so
 * {@code db migrate} and {@code redis-check} run without it.
 */
@JsonIgnoreProperties({"api"})
public class BotConfiguration extends PollyConfiguration {
  @Valid @NotNull private BotSettings bot = new BotSettings();

  @JsonProperty("bot")
  public BotSettings getBot() {
    return bot;
  }

  @JsonProperty("bot")
  public void setBot(BotSettings bot) {
    this.bot = bot;
  }

  @Override
  public ServerFactory getServerFactory() {
    return bot.getServer();
  }
}
