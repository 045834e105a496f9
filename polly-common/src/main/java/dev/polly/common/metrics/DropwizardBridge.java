package dev.polly.common.metrics;

import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricFilter;
import com.codahale.metrics.MetricRegistry;
import io.prometheus.metrics.instrumentation.dropwizard.DropwizardExports;
import io.prometheus.metrics.instrumentation.dropwizard5.labels.CustomLabelMapper;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports a Dropwizard {@link MetricRegistry} to Prometheus through {@link DropwizardExports} and
 * its {@link CustomLabelMapper}, made safe for a whole application's registry:
 *
 * <ul>
 *   <li>Dropwizard's {@code X.total} duplicates of {@code @Timed} metrics are left out (Prometheus
 *       strips {@code _total}, so they would collide with {@code X}).
 *   <li>Each metric is converted on its own, then metrics that map to one name ({@code
 *       polly_cache_gets} for every region and result) are merged into one family; the 1.4.3 bridge
 *       would reject them as duplicates and fail the whole scrape.
 *   <li>Names are made lint-clean ({@link LintCleanNames}); a remaining clash keeps the first
 *       family and drops the other, logged once.
 * </ul>
 *
 * A metric that cannot be converted is skipped, so a scrape never fails.
 */
final class DropwizardBridge implements MultiCollector {
  private static final Logger LOG = LoggerFactory.getLogger(DropwizardBridge.class);

  private final MetricRegistry registry;
  private final CustomLabelMapper labelMapper;
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  DropwizardBridge(MetricRegistry registry, CustomLabelMapper labelMapper) {
    this.registry = registry;
    this.labelMapper = labelMapper;
  }

  @Override
  public MetricSnapshots collect() {
    Map<String, List<MetricSnapshot>> byName = new LinkedHashMap<>();
    for (Map.Entry<String, Metric> entry : registry.getMetrics().entrySet()) {
      if (exported(entry.getKey())) {
        for (MetricSnapshot snapshot : convert(entry.getKey(), entry.getValue())) {
          MetricSnapshot clean = LintCleanNames.clean(snapshot);
          byName
              .computeIfAbsent(clean.getMetadata().getPrometheusName(), n -> new ArrayList<>())
              .add(clean);
        }
      }
    }
    MetricSnapshots.Builder result = MetricSnapshots.builder();
    for (Map.Entry<String, List<MetricSnapshot>> family : byName.entrySet()) {
      result.metricSnapshot(SnapshotMerger.merge(family.getValue(), this::reportOnce));
    }
    return result.build();
  }

  private static boolean exported(String name) {
    return !name.endsWith(".total");
  }

  private List<MetricSnapshot> convert(String name, Metric metric) {
    MetricRegistry single = new MetricRegistry();
    try {
      single.register(name, metric);
      List<MetricSnapshot> out = new ArrayList<>(1);
      new DropwizardExports(single, MetricFilter.ALL, labelMapper).collect().forEach(out::add);
      return out;
    } catch (RuntimeException e) {
      reportOnce(name, "cannot be exported: " + e.getMessage());
      return List.of();
    }
  }

  private void reportOnce(String name, String problem) {
    if (reported.add(name)) {
      LOG.warn("Metric {} {}; it is left out of /prometheus", name, problem);
    }
  }
}
