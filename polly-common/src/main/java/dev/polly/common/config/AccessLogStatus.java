package dev.polly.common.config;

import ch.qos.logback.access.jetty.RequestLogImpl;
import ch.qos.logback.core.status.Status;
import java.util.Optional;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.Container;
import org.eclipse.jetty.util.component.LifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps logback-access's start-up report off the console. Dropwizard's request log (logback-access)
 * prints its whole status list to stdout whenever one entry is a warning, and its version check
 * always warns here: in a shaded jar each module's version reads "?" (the jar has one manifest),
 * and the logback-access and logback-core that Dropwizard ships name their version files
 * differently ("Versions of ... are different!", "Expected version of logback-core is ?").
 *
 * <p>Registered with {@code environment.lifecycle().addEventListener(new AccessLogStatus())}, it
 * marks the server's request log quiet before the server starts it, and once started logs each
 * status that reports a real problem (WARN or ERROR other than the version check) through SLF4J at
 * WARN. The request log is found also when another request log wraps it (as a Jetty bean),
 * whichever listener runs first. A process without a logback-access request log is left alone.
 */
public final class AccessLogStatus implements LifeCycle.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(AccessLogStatus.class);

  @Override
  public void lifeCycleStarting(LifeCycle event) {
    requestLog(event).ifPresent(log -> log.setQuiet(true));
  }

  @Override
  public void lifeCycleStarted(LifeCycle event) {
    requestLog(event)
        .ifPresent(
            log -> {
              for (Status status : log.getStatusManager().getCopyOfStatusList()) {
                if (status.getLevel() >= Status.WARN && !isVersionCheck(status.getMessage())) {
                  LOG.warn("Request log: {}", status.getMessage(), status.getThrowable());
                }
              }
            });
  }

  /** The version check's findings, which say nothing about this deployment (see above). */
  static boolean isVersionCheck(String message) {
    return message != null
        && ((message.startsWith("Versions of ") && message.endsWith(" are different!"))
            || message.startsWith("Expected version of "));
  }

  /** The server's logback-access log, also when another request log wraps it as a bean. */
  static Optional<RequestLogImpl> requestLog(LifeCycle event) {
    if (event instanceof Server server) {
      RequestLog log = server.getRequestLog();
      if (log instanceof RequestLogImpl impl) {
        return Optional.of(impl);
      }
      if (log instanceof Container wrapper) {
        return wrapper.getContainedBeans(RequestLogImpl.class).stream().findFirst();
      }
    }
    return Optional.empty();
  }
}
