package dev.polly.api.api;

import java.time.Instant;

/**
 * The body of {@code /health}: overall {@code healthy}, {@code degraded} (Redis down, still
 * serving) or {@code unhealthy} (PostgreSQL down), and each dependency's state.
 */
public record HealthView(String status, Instant timestamp, Dependency redis, Dependency database) {
  /** One dependency: healthy or unhealthy, whether it answered, and when it was checked. */
  public record Dependency(
      String status, boolean connected, Instant timestamp, Long latencyMs, String error) {}
}
