package dev.polly.api.logging;

import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Puts a {@link RedactingRequestLog} in front of the server's access log while the server starts
 * (Dropwizard sets the access log when it builds the server, before any hook of the application
 * sees the server). Register with {@code environment.lifecycle().addEventListener}.
 */
public final class RequestLogRedaction implements LifeCycle.Listener {
  @Override
  public void lifeCycleStarting(LifeCycle event) {
    if (event instanceof Server server) {
      RequestLog log = server.getRequestLog();
      if (log != null && !(log instanceof RedactingRequestLog)) {
        server.setRequestLog(new RedactingRequestLog(log));
      }
    }
  }
}
