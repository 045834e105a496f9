package dev.polly.api.auth;

import dev.polly.common.domain.Session;
import java.security.Principal;

/**
 * The logged-in dashboard user of a request, set by {@link SessionTokenFilter}; resources receive
 * it as an {@code @Auth} parameter.
 */
public record SessionPrincipal(Session session) implements Principal {
  @Override
  public String getName() {
    return Long.toString(session.userId());
  }
}
