package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * The body of {@code /health}: overall {@code healthy}, {@code degraded} (Redis down, still
 * serving) or {@code unhealthy} (PostgreSQL down), and each dependency's state.
 */
public record HealthView(String status, Instant timestamp, Dependency redis, Dependency database) {
  /** One dependency: healthy or unhealthy, whether it answered, and when it was checked. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Dependency(
      String status, boolean connected, Instant timestamp, Long latencyMs, String error) {}
}
