package dev.polly.api.demo;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Demo mode's answer to {@code GET /auth/login}: there is no Discord application to sign in with,
 * so the browser is sent (303) to the dashboard, whose sign-in page offers "Continue as demo user".
 * Registered only in demo mode; every other request passes untouched.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class DemoLoginRedirect implements ContainerRequestFilter {
  private final URI dashboard;

  public DemoLoginRedirect(URI dashboard) {
    this.dashboard = dashboard;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    if (HttpMethod.GET.equals(request.getMethod())
        && (path.equals("auth/login") || path.equals("/auth/login"))) {
      request.abortWith(Response.seeOther(dashboard).build());
    }
  }
}
