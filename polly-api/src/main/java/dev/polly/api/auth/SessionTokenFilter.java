package dev.polly.api.auth;

import dev.polly.api.errors.NotAuthenticatedException;
import io.dropwizard.auth.AuthFilter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Dropwizard {@link AuthFilter} for the resource methods that take an {@code @Auth
 * SessionPrincipal}: the token is the {@code Authorization: Bearer} header's when that header uses
 * the Bearer scheme (an empty Bearer token is no token; the cookie is then not consulted), and
 * otherwise the session cookie's. No token, or one the {@link SessionAuthenticator} refuses, ends
 * the request with a JSON 401 {@code unauthenticated}.
 */
@Priority(Priorities.AUTHENTICATION)
public final class SessionTokenFilter extends AuthFilter<String, SessionPrincipal> {
  static final String SCHEME = "Session";
  private static final String BEARER = "Bearer ";

  private final String cookieName;

  private SessionTokenFilter(String cookieName) {
    this.cookieName = cookieName;
  }

  /** The filter for sessions held in the cookie {@code cookieName} or sent as Bearer token. */
  public static SessionTokenFilter of(SessionAuthenticator authenticator, String cookieName) {
    return new Builder(cookieName)
        .setAuthenticator(authenticator)
        .setPrefix(BEARER.trim())
        .setRealm("polly")
        .buildAuthFilter();
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String token = token(request);
    if (token == null) {
      throw new NotAuthenticatedException("This endpoint needs a login session");
    }
    if (!authenticate(request, token, SCHEME)) {
      throw new NotAuthenticatedException("The session is invalid or expired");
    }
  }

  private String token(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      String bearer = header.substring(BEARER.length()).trim();
      return bearer.isEmpty() ? null : bearer;
    }
    Cookie cookie = request.getCookies().get(cookieName);
    return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
  }

  private static final class Builder
      extends AuthFilterBuilder<String, SessionPrincipal, SessionTokenFilter> {
    private final String cookieName;

    Builder(String cookieName) {
      this.cookieName = cookieName;
    }

    @Override
    protected SessionTokenFilter newInstance() {
      return new SessionTokenFilter(cookieName);
    }
  }
}
