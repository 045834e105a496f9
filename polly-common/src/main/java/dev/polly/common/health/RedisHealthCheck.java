package dev.polly.common.health;

import com.codahale.metrics.health.HealthCheck;

/**
 * The {@code redis} Dropwizard health check: healthy with the round-trip time when a probe answers,
 * unhealthy with a short reason (never a credential) when it does not.
 */
public final class RedisHealthCheck extends HealthCheck {
  private final RedisProbe probe;

  public RedisHealthCheck(RedisProbe probe) {
    this.probe = probe;
  }

  @Override
  protected Result check() {
    RedisStatus status = probe.probe();
    double millis = status.roundTrip().toNanos() / 1_000_000.0;
    ResultBuilder result =
        Result.builder()
            .withDetail("connected", status.connected())
            .withDetail("roundTripMs", Math.round(millis * 100) / 100.0);
    if (status.connected()) {
      return result.healthy().withMessage("connected, round trip %.2f ms", millis).build();
    }
    return result.unhealthy().withMessage("not connected: %s", status.error()).build();
  }
}
