package dev.polly.api.auth;

import io.dropwizard.lifecycle.ServerLifecycleListener;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * Switches off Jetty's per-connection header value cache (and makes it case-sensitive). By default
 * a cached {@code Authorization: Bearer <token>} header also matches a later request on the same
 * connection whose token differs only in letter case, so a forged variant of a session token would
 * be served as the real one. Session tokens are case-sensitive secrets; this listener closes that
 * gap on every connector once the server has started (new connections read the setting).
 */
public final class CaseSensitiveHeaderCache implements ServerLifecycleListener {

  @Override
  public void serverStarted(Server server) {
    // Dropwizard wraps each HttpConnectionFactory in an instrumented factory that holds it as a
    // bean, so look through the connector's whole bean tree.
    for (HttpConnectionFactory http : server.getContainedBeans(HttpConnectionFactory.class)) {
      http.getHttpConfiguration().setHeaderCacheCaseSensitive(true);
      // Dropwizard's config cannot go below 128 bytes; a bearer header fits in that, so the
      // value cache is switched off entirely (known header names are still matched fast).
      http.getHttpConfiguration().setHeaderCacheSize(0);
    }
  }
}
