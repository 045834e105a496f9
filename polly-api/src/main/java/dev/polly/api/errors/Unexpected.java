package dev.polly.api.errors;

import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.ConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifies unexpected exceptions: a body-size violation wrapped by a reader becomes 413; a
 * database outage (connection refused, connection-class SQLSTATE {@code 08}, server shutdown {@code
 * 57P}, too many connections {@code 53300}) becomes a 503 JSON error; anything else is logged once
 * with a random id and answered with a JSON 500 that carries the id.
 */
final class Unexpected {
  private static final Logger LOG = LoggerFactory.getLogger(Unexpected.class);

  private Unexpected() {}

  static Optional<Response> classify(ErrorResponses r, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PayloadTooLargeException tooLarge) {
        return Optional.of(r.of(413, tooLarge.code(), tooLarge.getMessage()));
      }
    }
    if (unstorableText(e)) {
      return Optional.of(
          r.of(422, "invalid_text", "The request holds characters that cannot be stored"));
    }
    if (databaseDown(e)) {
      LOG.warn("Database unavailable: {}", rootMessage(e));
      return Optional.of(
          r.of(503, "database_unavailable", "The database is unavailable; retry shortly"));
    }
    return Optional.empty();
  }

  static Response serverError(ErrorResponses r, Throwable e) {
    String id = Long.toHexString(ThreadLocalRandom.current().nextLong());
    LOG.error("Unexpected error {}", id, e);
    return r.of(500, "internal_error", "Unexpected error (id " + id + ")");
  }

  /**
   * A safety net behind the validators: PostgreSQL refused a character ({@code 22021}: invalid byte
   * sequence, e.g. NUL; {@code 22P05}: untranslatable character). Client input, not a bug.
   */
  static boolean unstorableText(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  static boolean databaseDown(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectionException
          || t instanceof ConnectException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
          return true;
        }
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
