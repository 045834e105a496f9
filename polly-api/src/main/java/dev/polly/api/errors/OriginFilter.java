package dev.polly.api.errors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * CORS for the configured dashboard origins, with credentials: answers preflights, adds the {@code
 * Access-Control-Allow-*} headers for listed origins, and refuses state-changing requests (anything
 * but GET, HEAD and OPTIONS) whose {@code Origin} is neither listed nor this server's own (403),
 * which also protects the session cookie against cross-site request forgery.
 */
@PreMatching
@Priority(200)
public final class OriginFilter implements ContainerRequestFilter, ContainerResponseFilter {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final String METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";

  private final Set<String> allowed;

  public OriginFilter(List<String> allowedOrigins) {
    this.allowed = Set.copyOf(allowedOrigins);
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    if (origin == null) {
      return;
    }
    boolean listed = allowed.contains(origin);
    if ("OPTIONS".equals(request.getMethod())
        && request.getHeaderString("Access-Control-Request-Method") != null) {
      Response.ResponseBuilder preflight = Response.noContent();
      if (listed) {
        preflight
            .header("Access-Control-Allow-Methods", METHODS)
            .header(
                "Access-Control-Allow-Headers",
                "Authorization, Content-Type, If-Match, X-Requested-With, Polly-Version, Idempotency-Key")
            .header("Access-Control-Max-Age", "600");
      }
      request.abortWith(preflight.build());
      return;
    }
    if (!SAFE.contains(request.getMethod()) && !listed && !sameOrigin(request, origin)) {
      throw new OriginForbiddenException("Requests from " + shorten(origin) + " are not allowed");
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = request.getHeaderString("Origin");
    response.getHeaders().add("Vary", "Origin");
    if (origin != null && allowed.contains(origin)) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
      response.getHeaders().putSingle("Access-Control-Allow-Credentials", "true");
      response
          .getHeaders()
          .putSingle("Access-Control-Expose-Headers", "Polly-Version, Idempotent-Replayed");
    }
  }

  private static boolean sameOrigin(ContainerRequestContext request, String origin) {
    URI base = request.getUriInfo().getBaseUri();
    String own = base.getScheme() + "://" + base.getAuthority();
    return own.equalsIgnoreCase(origin);
  }

  private static String shorten(String origin) {
    return origin.length() > 100 ? origin.substring(0, 100) + "…" : origin;
  }
}
