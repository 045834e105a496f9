package dev.polly.api.health;

import com.codahale.metrics.health.HealthCheck;
import dev.polly.api.discord.DiscordRestClient;

/**
 * Admin health check {@code discord}: whether Discord's REST API answers. It is not critical (the
 * dashboard still serves cached guild data and polls without Discord), so it always reports healthy
 * and carries reachability as a detail and in its message.
 */
public final class DiscordHealthCheck extends HealthCheck {
  private final DiscordRestClient discord;

  public DiscordHealthCheck(DiscordRestClient discord) {
    this.discord = discord;
  }

  @Override
  protected Result check() {
    boolean reachable;
    try {
      reachable = discord.reachable();
    } catch (RuntimeException e) {
      reachable = false;
    }
    return Result.builder()
        .healthy()
        .withMessage(
            reachable ? "Discord REST reachable" : "Discord REST unreachable (non-critical)")
        .withDetail("reachable", reachable)
        .withDetail("critical", false)
        .build();
  }
}
