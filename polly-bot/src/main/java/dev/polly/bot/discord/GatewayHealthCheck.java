package dev.polly.bot.discord;

import com.codahale.metrics.health.HealthCheck;
import java.util.stream.Collectors;

/** The {@code gateway} health check: healthy while every shard's gateway session is connected. */
public final class GatewayHealthCheck extends HealthCheck {
  private final DiscordConnection connection;

  public GatewayHealthCheck(DiscordConnection connection) {
    this.connection = connection;
  }

  @Override
  protected Result check() {
    String states =
        connection.shards().stream()
            .map(jda -> jda.getShardInfo().getShardId() + "=" + jda.getStatus())
            .collect(Collectors.joining(", "));
    if (connection.connected()) {
      return Result.healthy("shards: " + states);
    }
    return Result.unhealthy(
        "gateway not connected; shards: " + (states.isEmpty() ? "none" : states));
  }
}
