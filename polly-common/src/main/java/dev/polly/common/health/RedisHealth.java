package dev.polly.common.health;

import java.time.Instant;

/**
 * The {@code redis} part of the API's {@code /health} JSON: {@code
 * {"status":"healthy|unhealthy","connected":true,"timestamp":"…"}}. Redis being down makes the
 * service degraded, never unavailable.
 */
public record RedisHealth(String status, boolean connected, Instant timestamp) {

  /** The health view of one probe. */
  public static RedisHealth of(RedisStatus status) {
    return new RedisHealth(
        status.connected() ? "healthy" : "unhealthy", status.connected(), status.checkedAt());
  }
}
