package dev.polly.api.web;

import io.dropwizard.lifecycle.ServerLifecycleListener;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs where to open the dashboard once the server listens, e.g. {@code Polly dashboard:
 * http://127.0.0.1:8080/}: the first application connector's host (loopback when it listens on all
 * interfaces) and its actual port. In demo mode the line says how to sign in: {@code Polly
 * dashboard: http://127.0.0.1:8080/ (demo mode: choose "Continue as demo user")}.
 */
public final class DashboardUrlLogger implements ServerLifecycleListener {
  private static final Logger LOG = LoggerFactory.getLogger(DashboardUrlLogger.class);
  private final boolean demo;

  public DashboardUrlLogger(boolean demo) {
    this.demo = demo;
  }

  @Override
  public void serverStarted(Server server) {
    NetworkConnector chosen = null;
    for (Connector connector : server.getConnectors()) {
      if (connector instanceof NetworkConnector network
          && (chosen == null || "application".equals(connector.getName()))) {
        chosen = network;
      }
    }
    if (chosen != null) {
      LOG.info(
          "Polly dashboard: {}{}",
          url(chosen.getHost(), chosen.getLocalPort()),
          demo ? " (demo mode: choose \"Continue as demo user\")" : "");
    }
  }

  static String url(String host, int port) {
    String shown = host == null || host.isBlank() || isAnyLocal(host) ? "127.0.0.1" : host;
    if (shown.contains(":")) {
      shown = "[" + shown + "]";
    }
    return "http://" + shown + ":" + port + "/";
  }

  private static boolean isAnyLocal(String host) {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
  }
}
