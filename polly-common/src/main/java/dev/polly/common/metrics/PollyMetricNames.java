package dev.polly.common.metrics;

import io.prometheus.metrics.instrumentation.dropwizard5.labels.CustomLabelMapper;
import io.prometheus.metrics.instrumentation.dropwizard5.labels.MapperConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How Polly's dotted Dropwizard names become labelled Prometheus names, e.g. {@code
 * polly.cache.user_prefs.hit} → {@code polly_cache_gets_total{cache="user_prefs",result="hit"}} and
 * {@code polly.cache.guild.errors} → {@code polly_cache_errors_total{cache="guild"}}. Names not
 * listed here keep their dotted name, sanitised.
 */
final class PollyMetricNames {
  private static final List<String> REGION_COUNTERS =
      List.of("errors", "bypasses", "puts", "invalidations", "load_failures");

  private PollyMetricNames() {}

  static CustomLabelMapper labelMapper() {
    List<MapperConfig> configs = new ArrayList<>();
    configs.add(region("hit", "polly_cache_gets", Map.of("result", "hit")));
    configs.add(region("miss", "polly_cache_gets", Map.of("result", "miss")));
    for (String counter : REGION_COUNTERS) {
      configs.add(region(counter, "polly_cache_" + counter, Map.of()));
    }
    configs.add(region("loads", "polly_cache_load_seconds", Map.of()));
    configs.add(region("hit_ratio", "polly_cache_hit_ratio", Map.of()));
    configs.add(
        new MapperConfig(
            "polly.ratelimit.*.local", "polly_ratelimit_local", Map.of("limiter", "${0}")));
    // The bot's scheduler timer, exported in seconds under the agreed name.
    configs.add(
        new MapperConfig("polly.bot.scheduler.lag", "polly_bot_scheduler_lag_seconds", Map.of()));
    return new CustomLabelMapper(configs);
  }

  private static MapperConfig region(String metric, String name, Map<String, String> extra) {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    labels.put("cache", "${0}");
    labels.putAll(extra);
    return new MapperConfig("polly.cache.*." + metric, name, labels);
  }
}
