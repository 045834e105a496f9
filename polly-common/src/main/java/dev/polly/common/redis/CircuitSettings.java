package dev.polly.common.redis;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.concurrent.TimeUnit;

/**
 * The circuit breaker that guards every Redis call (resilience4j): how many recent calls it looks
 * at, which failure rate opens it, and how long it stays open before a half-open probe. A
 * background probe pings Redis every {@code probeInterval} while the circuit is not closed, so it
 * closes within seconds of Redis returning even without traffic.
 */
public class CircuitSettings {
  @Min(2)
  @Max(1000)
  private int slidingWindowSize = 20;

  @Min(1)
  @Max(1000)
  private int minimumNumberOfCalls = 5;

  @Min(1)
  @Max(100)
  private int failureRatePercent = 50;

  @NotNull
  @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
  @MaxDuration(value = 1, unit = TimeUnit.MINUTES)
  private Duration openDuration = Duration.seconds(2);

  @NotNull
  @MinDuration(value = 50, unit = TimeUnit.MILLISECONDS)
  @MaxDuration(value = 1, unit = TimeUnit.MINUTES)
  private Duration probeInterval = Duration.milliseconds(500);

  @JsonProperty
  public int getSlidingWindowSize() {
    return slidingWindowSize;
  }

  @JsonProperty
  public void setSlidingWindowSize(int slidingWindowSize) {
    this.slidingWindowSize = slidingWindowSize;
  }

  @JsonProperty
  public int getMinimumNumberOfCalls() {
    return minimumNumberOfCalls;
  }

  @JsonProperty
  public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
    this.minimumNumberOfCalls = minimumNumberOfCalls;
  }

  @JsonProperty
  public int getFailureRatePercent() {
    return failureRatePercent;
  }

  @JsonProperty
  public void setFailureRatePercent(int failureRatePercent) {
    this.failureRatePercent = failureRatePercent;
  }

  @JsonProperty
  public Duration getOpenDuration() {
    return openDuration;
  }

  @JsonProperty
  public void setOpenDuration(Duration openDuration) {
    this.openDuration = openDuration;
  }

  @JsonProperty
  public Duration getProbeInterval() {
    return probeInterval;
  }

  @JsonProperty
  public void setProbeInterval(Duration probeInterval) {
    this.probeInterval = probeInterval;
  }
}
