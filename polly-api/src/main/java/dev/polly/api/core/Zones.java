package dev.polly.api.core;

import java.time.ZoneId;
import java.util.Set;

/** IANA time-zone names: only region ids such as {@code Europe/Paris} (and {@code UTC}). */
public final class Zones {
  private static final Set<String> KNOWN = ZoneId.getAvailableZoneIds();

  private Zones() {}

  /** The zone, or null when {@code name} is not a known IANA name. */
  public static ZoneId parse(String name) {
    if (name == null || name.length() > 64 || !KNOWN.contains(name)) {
      return null;
    }
    return ZoneId.of(name);
  }
}
