package dev.polly.api.web;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.servlets.assets.AssetServlet;
import jakarta.servlet.DispatcherType;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

/**
 * Serves the web dashboard next to the API on the same origin, with Dropwizard's {@link
 * AssetServlet}: {@code index.html} at exactly {@code /} (the servlet "" mapping, which wins over
 * Jersey's {@code /*}), the dashboard's ES modules and CSS under {@code /app/}, and the browser
 * libraries' WebJars under {@code /webjars/}, and the API reference (Swagger UI over {@code
 * /openapi.json}) at {@code /docs}. Every other path stays Jersey's, so {@code /api}, {@code
 * /auth}, {@code /health} and {@code /openapi.json} are unchanged. All three servlets answer with
 * the dashboard's Content-Security-Policy.
 */
public final class DashboardAssets {
  static final String DASHBOARD_SERVLET = "dashboard";
  static final String WEBJARS_SERVLET = "dashboard-webjars";
  static final String DOCS_SERVLET = "api-docs";

  private DashboardAssets() {}

  public static void register(Environment environment) {
    var servlets = environment.servlets();
    servlets
        .addServlet(
            DASHBOARD_SERVLET, new AssetServlet("/web", "/", "index.html", StandardCharsets.UTF_8))
        .addMapping("", "/index.html", "/app/*");
    servlets
        .addServlet(
            WEBJARS_SERVLET,
            new AssetServlet(
                "/META-INF/resources/webjars", "/webjars", null, StandardCharsets.UTF_8))
        .addMapping("/webjars/*");
    servlets
        .addServlet(
            DOCS_SERVLET,
            new AssetServlet("/web/docs", "/docs", "index.html", StandardCharsets.UTF_8))
        .addMapping("/docs", "/docs/*");
    String policy = ContentSecurityPolicy.forIndex("/web/index.html");
    servlets
        .addFilter("dashboard-csp", new ContentSecurityPolicyFilter(policy))
        .addMappingForServletNames(
            EnumSet.of(DispatcherType.REQUEST),
            true,
            DASHBOARD_SERVLET,
            WEBJARS_SERVLET,
            DOCS_SERVLET);
  }
}
