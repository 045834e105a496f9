package dev.polly.api.tasks;

import dev.polly.common.cache.CacheRegion;
import dev.polly.common.cache.Caches;
import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /tasks/cache-invalidate?region=R[&key=K]}: drops one entry, or the whole region
 * without a key, everywhere.
 */
public final class CacheInvalidateTask extends Task {
  private final Caches caches;

  public CacheInvalidateTask(Caches caches) {
    super("cache-invalidate");
    this.caches = caches;
  }

  @Override
  public void execute(Map<String, List<String>> parameters, PrintWriter output) {
    String region = first(parameters, "region");
    if (region == null) {
      output.println("error: region is required");
      return;
    }
    CacheRegion<?> target = caches.byName(region).orElse(null);
    if (target == null) {
      output.println("error: unknown region " + region);
      return;
    }
    String key = first(parameters, "key");
    if (key == null) {
      target.invalidateAll();
      output.println("invalidated region " + region);
    } else {
      target.invalidate(key);
      output.println("invalidated " + region + " " + key);
    }
  }

  private static String first(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.get(name);
    return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
  }
}
