package dev.polly.common.persistence;

import dev.polly.common.domain.Session;
import java.time.Instant;
import java.util.Optional;

/**
 * Web login sessions in PostgreSQL, so that a Redis outage logs nobody out.
 *
 * <p>CONTRACT ONLY: see {@link PollDao}.
 */
public interface SessionDao {
  void create(Session session);

  /** The session if it exists and {@code expires_at > now}. */
  Optional<Session> findUnexpired(String id, Instant now);

  boolean delete(String id);

  /** Deletes expired sessions; returns how many. */
  int deleteExpired(Instant now);
}
