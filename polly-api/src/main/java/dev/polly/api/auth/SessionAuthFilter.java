package dev.polly.api.auth;

import dev.polly.api.core.SessionService;
import dev.polly.api.errors.NotAuthenticatedException;
import dev.polly.common.domain.Session;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * Requires a valid session on every {@code /api/**} request: the session cookie, or an {@code
 * Authorization: Bearer} header carrying the same token. Missing, forged and expired sessions get
 * 401; a valid one becomes the request's {@link SessionPrincipal}.
 */
@Priority(Priorities.AUTHENTICATION)
public final class SessionAuthFilter implements ContainerRequestFilter {
  private final SessionService sessions;
  private final String cookieName;

  public SessionAuthFilter(SessionService sessions, String cookieName) {
    this.sessions = sessions;
    this.cookieName = cookieName;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (!(path.startsWith("api/") || path.equals("api") || path.startsWith("/api"))) {
      return;
    }
    if ("OPTIONS".equals(request.getMethod()) || isPublic(path)) {
      return;
    }
    String token = token(request);
    if (token == null) {
      throw new NotAuthenticatedException("This endpoint needs a login session");
    }
    Session session =
        sessions
            .authenticate(token)
            .orElseThrow(() -> new NotAuthenticatedException("The session is invalid or expired"));
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(new Context(new SessionPrincipal(session), secure));
  }

  /** {@code /api/ping} is the one unauthenticated path under {@code /api}. */
  private static boolean isPublic(String path) {
    return path.equals("api/ping") || path.equals("/api/ping");
  }

  private String token(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String bearer = header.substring(7).trim();
      return bearer.isEmpty() ? null : bearer;
    }
    Cookie cookie = request.getCookies().get(cookieName);
    return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
  }

  private record Context(SessionPrincipal principal, boolean secure) implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
      return false;
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return "Session";
    }
  }
}
