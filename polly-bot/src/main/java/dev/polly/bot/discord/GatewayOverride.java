package dev.polly.bot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * A session controller that, when a gateway URL is configured, connects there instead of Discord's
 * hard-coded address (tests point it at a local fake). Empty override keeps JDA's behaviour.
 */
final class GatewayOverride extends ConcurrentSessionController {
  private final String gatewayUrl;

  GatewayOverride(String gatewayUrl) {
    this.gatewayUrl = gatewayUrl == null ? "" : gatewayUrl;
  }

  @Override
  public String getGateway() {
    return gatewayUrl.isBlank() ? super.getGateway() : gatewayUrl;
  }

  @Override
  public ShardedGateway getShardedGateway(JDA api) {
    ShardedGateway discord = super.getShardedGateway(api);
    return gatewayUrl.isBlank()
        ? discord
        : new ShardedGateway(gatewayUrl, discord.getShardTotal(), discord.getConcurrency());
  }
}
