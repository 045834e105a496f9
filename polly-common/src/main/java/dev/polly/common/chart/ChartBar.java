package dev.polly.common.chart;

import java.util.Objects;

/** One bar of a results chart: the option's label and its count. */
public record ChartBar(String label, long value) {
  public ChartBar {
    Objects.requireNonNull(label, "label");
    if (value < 0) {
      throw new IllegalArgumentException("value must be >= 0");
    }
  }
}
