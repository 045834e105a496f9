package dev.polly.api.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Adds the dashboard's Content-Security-Policy header to every static file response. */
public final class ContentSecurityPolicyFilter implements Filter {
  private final String policy;

  public ContentSecurityPolicyFilter(String policy) {
    this.policy = policy;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (response instanceof HttpServletResponse http) {
      http.setHeader("Content-Security-Policy", policy);
    }
    chain.doFilter(request, response);
  }
}
