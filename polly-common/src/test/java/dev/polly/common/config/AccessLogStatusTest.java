package dev.polly.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.access.jetty.RequestLogImpl;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.ContainerLifeCycle;
import org.junit.jupiter.api.Test;

/** Which request logs {@link AccessLogStatus} quiets, and which status messages it keeps back. */
class AccessLogStatusTest {

  /** Another request log in front of the access log, holding it as a bean. */
  static final class Wrapper extends ContainerLifeCycle implements RequestLog {
    Wrapper(RequestLog delegate) {
      addBean(delegate, true);
    }

    @Override
    public void log(Request request, Response response) {}
  }

  @Test
  void quietsTheServersAccessLogBeforeItStarts() {
    Server server = new Server();
    RequestLogImpl log = new RequestLogImpl();
    server.setRequestLog(log);

    new AccessLogStatus().lifeCycleStarting(server);

    assertThat(log.isQuiet()).isTrue();
  }

  @Test
  void findsTheAccessLogBehindAWrapper() {
    Server server = new Server();
    RequestLogImpl log = new RequestLogImpl();
    server.setRequestLog(new Wrapper(log));

    new AccessLogStatus().lifeCycleStarting(server);

    assertThat(log.isQuiet()).isTrue();
  }

  @Test
  void keepsBackOnlyTheVersionChecksFindings() {
    assertThat(
            AccessLogStatus.isVersionCheck(
                "Versions of logback-access-common and logback-access-jetty12 are different!"))
        .isTrue();
    assertThat(AccessLogStatus.isVersionCheck("Expected version of logback-core is ? but found 1"))
        .isTrue();
    assertThat(AccessLogStatus.isVersionCheck("Could not create an Appender of type [x]"))
        .isFalse();
  }
}
