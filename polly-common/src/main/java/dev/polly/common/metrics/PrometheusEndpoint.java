package dev.polly.common.metrics;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.setup.AdminEnvironment;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the process's Dropwizard metrics in the Prometheus text format at {@code /prometheus} on
 * the admin port, from a {@link PrometheusRegistry} of its own (never the static default). Usage in
 * {@code Application.run()}: {@code new
 * PrometheusEndpoint(environment.metrics()).register(environment.admin())}.
 */
public final class PrometheusEndpoint {
  /** The admin path. */
  public static final String PATH = "/prometheus";

  private final PrometheusRegistry registry = new PrometheusRegistry();

  public PrometheusEndpoint(MetricRegistry metrics) {
    registry.register(new DropwizardBridge(metrics, PollyMetricNames.labelMapper()));
  }

  /** Adds the servlet to the admin port. */
  public void register(AdminEnvironment admin) {
    admin.addServlet("prometheus", new PrometheusMetricsServlet(registry)).addMapping(PATH);
  }

  /** The current scrape in the text format (what the servlet answers to a plain GET). */
  public String scrape() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new PrometheusTextFormatWriter(false).write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  public PrometheusRegistry registry() {
    return registry;
  }
}
