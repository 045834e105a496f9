package dev.polly.api.auth;

import io.dropwizard.auth.Authenticator;
import java.util.Optional;

/**
 * Turns a session token (the session cookie's value or a Bearer token) into the request's {@link
 * SessionPrincipal}: empty for an unknown, forged, logged-out or expired token. A session store
 * that cannot be reached propagates its own exception (503), never "not signed in".
 */
public final class SessionAuthenticator implements Authenticator<String, SessionPrincipal> {
  private final SessionService sessions;

  public SessionAuthenticator(SessionService sessions) {
    this.sessions = sessions;
  }

  @Override
  public Optional<SessionPrincipal> authenticate(String token) {
    return sessions.authenticate(token).map(SessionPrincipal::new);
  }
}
