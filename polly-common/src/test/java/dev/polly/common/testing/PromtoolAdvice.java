package dev.polly.common.testing;

import java.util.List;

/**
 * The {@code promtool check metrics} advice that Dropwizard's own metric names draw, and nothing
 * else: Jetty and JVM names keep their Java class and pool names ({@code
 * io_dropwizard_jetty_MutableServletContextHandler_requests}, {@code
 * jvm_memory_pools_CodeHeap__profiled_nmethods__used}) and some JVM gauges end in {@code _count}
 * ({@code jvm_threads_count}). Prometheus ingests these; the dashboards use them as exported. Any
 * other advice, and any advice at all on a {@code polly_} metric, still fails the ops tests.
 */
public final class PromtoolAdvice {

  public static final List<String> DROPWIZARD_NAMING =
      List.of(
          "metric names should be written in 'snake_case' not 'camelCase'",
          "non-histogram and non-summary metrics should not have \"_count\" suffix");

  private PromtoolAdvice() {}
}
