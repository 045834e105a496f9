package dev.polly.common.health;

/** Pings Redis with a short timeout; used by the {@code redis} health check and {@code /health}. */
public interface RedisProbe {
  /** Never throws; a failure is reported as {@code connected=false} with a short reason. */
  RedisStatus probe();
}
