package dev.polly.common.metrics;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.DataPointSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Merges snapshots that share one Prometheus name into one family: their data points (each label
 * set once) under the first snapshot's metadata. Snapshots of another type than the first are
 * dropped and reported, since one family has one type.
 */
final class SnapshotMerger {
  private SnapshotMerger() {}

  static MetricSnapshot merge(List<MetricSnapshot> family, BiConsumer<String, String> report) {
    MetricSnapshot first = family.get(0);
    if (family.size() == 1) {
      return first;
    }
    List<DataPointSnapshot> points = new ArrayList<>();
    Set<Labels> seen = new HashSet<>();
    for (MetricSnapshot snapshot : family) {
      String name = snapshot.getMetadata().getPrometheusName();
      if (snapshot.getClass() != first.getClass()) {
        report.accept(name, "has two types (" + first.getClass().getSimpleName() + ")");
        continue;
      }
      for (DataPointSnapshot point : snapshot.getDataPoints()) {
        if (seen.add(point.getLabels())) {
          points.add(point);
        } else {
          report.accept(name + point.getLabels(), "is a duplicate");
        }
      }
    }
    return rebuild(first, first.getMetadata(), points);
  }

  /** A snapshot of {@code like}'s type with new metadata and data points. */
  @SuppressWarnings("unchecked")
  static MetricSnapshot rebuild(
      MetricSnapshot like, MetricMetadata metadata, List<? extends DataPointSnapshot> points) {
    if (like instanceof CounterSnapshot) {
      return new CounterSnapshot(
          metadata, (List<CounterSnapshot.CounterDataPointSnapshot>) (List<?>) points);
    }
    if (like instanceof GaugeSnapshot) {
      return new GaugeSnapshot(
          metadata, (List<GaugeSnapshot.GaugeDataPointSnapshot>) (List<?>) points);
    }
    if (like instanceof SummarySnapshot) {
      return new SummarySnapshot(
          metadata, (List<SummarySnapshot.SummaryDataPointSnapshot>) (List<?>) points);
    }
    throw new IllegalArgumentException("unexpected snapshot type " + like.getClass());
  }
}
