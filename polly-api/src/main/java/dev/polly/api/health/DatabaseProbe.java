package dev.polly.api.health;

import dev.polly.api.api.HealthView;

/** Checks that PostgreSQL answers; never throws. */
public interface DatabaseProbe {
  HealthView.Dependency probe();
}
