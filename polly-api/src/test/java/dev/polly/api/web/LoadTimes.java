package dev.polly.api.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;

/**
 * Reads how long the page just opened took, from Chromium's Navigation Timing and Resource Timing
 * entries (milliseconds since the navigation started): DOMContentLoaded, the load event, and
 * "ready", when the last request the page made (modules, CSS and the dashboard's own API calls) had
 * its answer. Each reading is appended to {@code target/dashboard-load-times.txt} and printed;
 * nothing is asserted on it (a loaded CI machine is not a benchmark).
 */
final class LoadTimes {
  static final Path FILE = Path.of("target", "dashboard-load-times.txt");

  private static final String SCRIPT =
      """
      const n = performance.getEntriesByType('navigation')[0];
      if (!n || n.loadEventEnd === 0) return null;
      const res = performance.getEntriesByType('resource');
      const last = Math.max(0, ...res.map((r) => r.responseEnd));
      return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd,
               ready: Math.max(n.loadEventEnd, last), requests: res.length };
      """;

  private LoadTimes() {}

  /** Waits for the load event of the current page, then records its timings under {@code label}. */
  static void record(Browser browser, String label) {
    Map<?, ?> t = browser.waitFor(d -> (Map<?, ?>) browser.js(SCRIPT));
    String line =
        String.format(
            Locale.ROOT,
            "%s: DOMContentLoaded %.0f ms, load %.0f ms, ready %.0f ms (%s requests;"
                + " machine load average %s)%n",
            label,
            number(t.get("dcl")),
            number(t.get("load")),
            number(t.get("ready")),
            t.get("requests"),
            loadAverage());
    System.out.print("Dashboard load time, " + line);
    try {
      Files.writeString(
          FILE,
          line,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one-minute load average from {@code /proc/loadavg}, or "unknown" off Linux. */
  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static double number(Object value) {
    return ((Number) value).doubleValue();
  }
}
