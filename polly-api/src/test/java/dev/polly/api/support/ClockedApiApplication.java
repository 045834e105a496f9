package dev.polly.api.support;

import dev.polly.api.PollyApiApplication;
import java.time.Clock;
import java.time.Instant;

/** polly-api whose services all read the time from a {@link MutableClock} the test moves. */
public final class ClockedApiApplication extends PollyApiApplication {
  private final MutableClock clock = new MutableClock(Instant.now());

  @Override
  protected Clock clock() {
    return clock;
  }

  public MutableClock mutableClock() {
    return clock;
  }
}
