package dev.polly.api.resources;

import dev.polly.api.api.Snowflakes;
import dev.polly.api.auth.SessionPrincipal;
import dev.polly.api.errors.BadParameterException;
import dev.polly.api.errors.NotAuthenticatedException;
import dev.polly.common.domain.Session;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Parameter parsing for resources: parse ids from path and query strings (400 instead of Jersey's
 * 404 on a malformed number) and fetch the request's session.
 */
final class Params {
  private Params() {}

  static long id(String name, String value) {
    Long id = Snowflakes.parse(value);
    if (id == null) {
      throw new BadParameterException(name + " must be a positive id (digits only)");
    }
    return id;
  }

  static int positiveInt(String name, String value, int defaultValue) {
    if (value == null || value.isEmpty()) {
      return defaultValue;
    }
    if (!value.matches("[0-9]{1,6}")) {
      throw new BadParameterException(name + " must be a positive number");
    }
    return Integer.parseInt(value);
  }

  static Session session(SecurityContext context) {
    if (context.getUserPrincipal() instanceof SessionPrincipal principal) {
      return principal.session();
    }
    throw new NotAuthenticatedException("This endpoint needs a login session");
  }
}
