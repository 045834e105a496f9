package dev.polly.common.metrics;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.PrometheusNaming;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;

/**
 * Renames exported families so that {@code promtool check metrics} accepts them: snake_case instead
 * of Dropwizard's camelCase class names, single underscores, and no {@code _count}/{@code
 * _sum}/{@code _bucket} suffix on families that are neither summaries nor histograms (Dropwizard's
 * {@code jvm.threads.count} becomes {@code jvm_threads}). Polly's own names are already clean and
 * pass unchanged.
 */
final class LintCleanNames {
  private static final String[] RESERVED = {"_count", "_sum", "_bucket"};

  private LintCleanNames() {}

  static MetricSnapshot clean(MetricSnapshot snapshot) {
    MetricMetadata metadata = snapshot.getMetadata();
    String name =
        cleanName(
            metadata.getName(),
            snapshot instanceof SummarySnapshot,
            snapshot instanceof CounterSnapshot);
    if (name.equals(metadata.getName())) {
      return snapshot;
    }
    return SnapshotMerger.rebuild(
        snapshot, new MetricMetadata(name, metadata.getHelp()), snapshot.getDataPoints());
  }

  static String cleanName(String name, boolean summary, boolean counter) {
    // Dots first: the bridge keeps Dropwizard's dotted name (jvm.threads.count) in the metadata.
    String snake =
        name.replace('.', '_')
            .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("_{2,}", "_");
    if (!summary) {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (String suffix : RESERVED) {
          if (snake.endsWith(suffix) && snake.length() > suffix.length()) {
            snake = snake.substring(0, snake.length() - suffix.length());
            changed = true;
          }
        }
      }
    }
    return PrometheusNaming.sanitizeMetricName(snake);
  }
}
