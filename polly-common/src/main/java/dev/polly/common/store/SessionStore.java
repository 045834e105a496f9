package dev.polly.common.store;

import dev.polly.common.cache.CacheRegion;
import dev.polly.common.domain.Session;
import dev.polly.common.persistence.SessionDao;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Login sessions by stored id: rows in PostgreSQL (the source of truth, so a Redis outage logs
 * nobody out) read through the {@code session} region, each entry cached for the session's own
 * lifetime.
 *
 * <p>Contract: every removal deletes the row before it invalidates the cache entry, and the region
 * never stores a load that began before an invalidation of its key. So once {@link #delete} or
 * {@link #deleteAllOf} returns, {@link #findLive} never answers with that session again, whatever
 * reads were racing it.
 */
public final class SessionStore {
  private final CacheRegion<Session> region;
  private final SessionDao dao;

  public SessionStore(CacheRegion<Session> region, SessionDao dao) {
    this.region = region;
    this.dao = dao;
  }

  /** Stores a new session, then caches it for {@code ttl}. */
  public void create(Session session, Duration ttl) {
    dao.create(session);
    region.put(session.id(), session, ttl);
  }

  /** The session of {@code id} if it exists and has not expired at {@code now}. */
  public Optional<Session> findLive(String id, Instant now) {
    Session session = region.get(id, () -> dao.findUnexpired(id, now).orElse(null));
    return session == null || session.expiredAt(now) ? Optional.empty() : Optional.of(session);
  }

  /** Ends one session: the row first, then the cached entry in every process. */
  public void delete(String id) {
    dao.delete(id);
    region.invalidate(id);
  }

  /** Ends every session of a user, rows first; returns how many ended. */
  public int deleteAllOf(long userId) {
    List<String> ids = dao.deleteAllOf(userId);
    ids.forEach(region::invalidate);
    return ids.size();
  }
}
