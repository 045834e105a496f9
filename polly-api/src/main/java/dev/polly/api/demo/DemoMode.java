package dev.polly.api.demo;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.core.server.SimpleServerFactory;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.util.List;

/**
 * Startup rules of demo mode that concern the server: the application connectors listen on the
 * loopback interface only, whatever the configuration says, so a demo is never reachable from the
 * network. (The admin connectors keep their own bind setting.)
 */
public final class DemoMode {
  public static final String LOOPBACK = "127.0.0.1";

  private DemoMode() {}

  /** Rebinds every HTTP application connector of {@code server} to {@link #LOOPBACK}. */
  public static void bindLoopback(ServerFactory server) {
    for (ConnectorFactory connector : applicationConnectors(server)) {
      if (connector instanceof HttpConnectorFactory http) {
        http.setBindHost(LOOPBACK);
      } else {
        throw new IllegalStateException(
            "Demo mode supports only HTTP application connectors, not " + connector);
      }
    }
  }

  private static List<ConnectorFactory> applicationConnectors(ServerFactory server) {
    if (server instanceof DefaultServerFactory d) {
      return d.getApplicationConnectors();
    }
    if (server instanceof SimpleServerFactory s) {
      return List.of(s.getConnector());
    }
    throw new IllegalStateException("Demo mode cannot rebind a " + server.getClass().getName());
  }
}
