package dev.polly.api.tasks;

import com.codahale.metrics.Counting;
import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricRegistry;
import dev.polly.common.cache.CacheRegion;
import dev.polly.common.cache.Caches;
import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /tasks/cache-stats}: one line per region with its hit, miss, error and bypass counts
 * and hit ratio, read from the {@code polly.cache.R.*} metrics.
 */
public final class CacheStatsTask extends Task {
  private static final List<String> COUNTS =
      List.of("hit", "miss", "errors", "bypasses", "puts", "invalidations", "load_failures");

  private final Caches caches;
  private final MetricRegistry metrics;

  public CacheStatsTask(Caches caches, MetricRegistry metrics) {
    super("cache-stats");
    this.caches = caches;
    this.metrics = metrics;
  }

  @Override
  public void execute(Map<String, List<String>> parameters, PrintWriter output) {
    for (CacheRegion<?> region : caches.all()) {
      StringBuilder line = new StringBuilder(region.name());
      for (String name : COUNTS) {
        line.append(' ')
            .append(name)
            .append('=')
            .append(count("polly.cache." + region.name() + "." + name));
      }
      long hits = count("polly.cache." + region.name() + ".hit");
      long total = hits + count("polly.cache." + region.name() + ".miss");
      line.append(" hit_ratio=")
          .append(total == 0 ? "n/a" : String.format("%.3f", (double) hits / total));
      output.println(line);
    }
  }

  private long count(String name) {
    Metric metric = metrics.getMetrics().get(name);
    return metric instanceof Counting c ? c.getCount() : 0L;
  }
}
