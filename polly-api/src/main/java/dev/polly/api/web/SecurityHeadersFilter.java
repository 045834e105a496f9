package dev.polly.api.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response of the application port, set before the request is handled so
 * that error pages carry them too: {@code X-Content-Type-Options: nosniff} and {@code
 * X-Frame-Options: DENY} everywhere (the dashboard's Content-Security-Policy adds {@code
 * frame-ancestors 'none'}), and {@code Cache-Control: no-store} on {@code /api/**} (which includes
 * the exports) and {@code /auth/**}, whose answers are per user and must not be kept by a browser
 * or proxy cache.
 */
public final class SecurityHeadersFilter implements Filter {
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out) {
      out.setHeader("X-Content-Type-Options", "nosniff");
      out.setHeader("X-Frame-Options", "DENY");
      if (isPrivate(http.getRequestURI())) {
        out.setHeader("Cache-Control", "no-store");
      }
    }
    chain.doFilter(request, response);
  }

  /** Whether a path answers per-user data: {@code /api}, {@code /auth} and everything below. */
  static boolean isPrivate(String path) {
    return path != null
        && (path.equals("/api")
            || path.startsWith("/api/")
            || path.equals("/auth")
            || path.startsWith("/auth/"));
  }
}
