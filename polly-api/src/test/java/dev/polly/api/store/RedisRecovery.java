package dev.polly.api.store;

import static org.awaitility.Awaitility.await;

import dev.polly.api.ApiConfiguration;
import dev.polly.api.support.ApiApp;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.time.Duration;

/** Waits for a test API to use Redis again after the test Redis was restarted. */
final class RedisRecovery {
  private RedisRecovery() {}

  /** Until {@code /health} says healthy and the app's Redis circuit is closed again. */
  static void awaitInUse(DropwizardAppExtension<ApiConfiguration> app) {
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                "healthy"
                        .equals(
                            ApiApp.http(app).get("/health", null).json().path("status").asText())
                    && Integer.valueOf(0)
                        .equals(
                            app.getEnvironment()
                                .metrics()
                                .getGauges()
                                .get("polly.redis.circuit_state")
                                .getValue()));
  }
}
