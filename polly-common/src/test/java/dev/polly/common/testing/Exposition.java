package dev.polly.common.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The series of a Prometheus text-format scrape ({@code /prometheus}), by sample name: {@code
 * X_count} and {@code X{quantile="0.95"}} of a summary are separate names, exactly as a PromQL
 * selector sees them. Used by {@link DashboardMetrics} to check dashboards against live output.
 */
public record Exposition(Map<String, List<Map<String, String>>> series) {

  public Exposition {
    series = Map.copyOf(series);
  }

  /** Parses the text exposition format (version 0.0.4); comment lines are skipped. */
  public static Exposition parse(String text) {
    Map<String, List<Map<String, String>>> series = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      int brace = trimmed.indexOf('{');
      int space = trimmed.indexOf(' ');
      boolean labelled = brace >= 0 && (space < 0 || brace < space);
      String name = trimmed.substring(0, labelled ? brace : space);
      Map<String, String> labels = labelled ? parseLabels(trimmed, brace + 1) : Map.of();
      series.computeIfAbsent(name, n -> new ArrayList<>()).add(labels);
    }
    return new Exposition(series);
  }

  /** Every sample name. */
  public Set<String> names() {
    return series.keySet();
  }

  public boolean has(String name) {
    return series.containsKey(name);
  }

  /** The label sets of {@code name}'s samples; empty when there are none. */
  public List<Map<String, String>> labelSets(String name) {
    return series.getOrDefault(Objects.requireNonNull(name), List.of());
  }

  private static Map<String, String> parseLabels(String line, int start) {
    Map<String, String> labels = new LinkedHashMap<>();
    int i = start;
    while (i < line.length() && line.charAt(i) != '}') {
      if (line.charAt(i) == ',' || line.charAt(i) == ' ') {
        i++;
        continue;
      }
      int eq = line.indexOf('=', i);
      String label = line.substring(i, eq).strip();
      StringBuilder value = new StringBuilder();
      i = eq + 2; // skip ="
      while (line.charAt(i) != '"') {
        char c = line.charAt(i++);
        if (c == '\\') {
          char escaped = line.charAt(i++);
          c = escaped == 'n' ? '\n' : escaped;
        }
        value.append(c);
      }
      labels.put(label, value.toString());
      i++;
    }
    return labels;
  }
}
