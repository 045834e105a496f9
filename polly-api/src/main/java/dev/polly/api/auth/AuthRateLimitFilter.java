package dev.polly.api.auth;

import dev.polly.api.errors.TooManyRequestsException;
import dev.polly.common.events.RateLimiter;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import java.time.Duration;
import java.util.Set;

/**
 * Limits {@code /auth/login} and {@code /auth/callback}, each on its own, per client address: a
 * request over the limit gets a 429 JSON error with {@code Retry-After} (the limiter's period, by
 * when a permit is back) before any state is stored or Discord is called. The limiter is
 * polly-common's cluster-wide {@code RedisRateLimiter}, which falls back to a per-process limiter
 * while Redis is away.
 *
 * <p>The client address is the connection's peer ({@code getRemoteAddr}); behind a reverse proxy,
 * enable the connector's {@code useForwardedHeaders} so it is the client's, not the proxy's.
 */
@PreMatching
@Priority(100)
public final class AuthRateLimitFilter implements ContainerRequestFilter {
  private static final Set<String> LIMITED = Set.of("auth/login", "auth/callback");

  private final RateLimiter limiter;
  private final Duration period;

  @Context private HttpServletRequest servletRequest;

  public AuthRateLimitFilter(RateLimiter limiter, Duration period) {
    this.limiter = limiter;
    this.period = period;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String path = normalized(request.getUriInfo().getPath());
    if (!LIMITED.contains(path)) {
      return;
    }
    if (!limiter.tryAcquire(path.substring(5) + ":" + clientAddress())) {
      throw new TooManyRequestsException(
          "Too many sign-in requests from your address; retry later", period);
    }
  }

  private String clientAddress() {
    String address = servletRequest == null ? null : servletRequest.getRemoteAddr();
    return address == null || address.isBlank() ? "unknown" : address;
  }

  private static String normalized(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
