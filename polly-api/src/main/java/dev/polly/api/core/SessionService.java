package dev.polly.api.core;

import dev.polly.api.auth.Hmac;
import dev.polly.common.cache.CacheRegion;
import dev.polly.common.domain.Session;
import dev.polly.common.persistence.SessionDao;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Dashboard login sessions. The browser holds an opaque random token; PostgreSQL (the source of
 * truth, so a Redis outage logs nobody out) and the {@code session} region hold the session under
 * the token's HMAC, so neither store contains a usable token. Cached entries live until the session
 * expires. PostgreSQL is always changed before the cache, which is what makes logout final (see
 * {@link #logout}).
 */
public final class SessionService {
  private final SessionDao dao;
  private final CacheRegion<Session> cache;
  private final Hmac hmac;
  private final Clock clock;
  private final Duration ttl;

  public SessionService(
      SessionDao dao, CacheRegion<Session> cache, Hmac hmac, Clock clock, Duration ttl) {
    this.dao = dao;
    this.cache = cache;
    this.hmac = hmac;
    this.clock = clock;
    this.ttl = ttl;
  }

  /** Creates a session for a user who just logged in; returns the browser's token with it. */
  public Issued create(long userId, String username, String avatar, List<Long> manageable) {
    String token = hmac.randomToken();
    Instant now = clock.instant();
    Session session =
        new Session(idOf(token), userId, username, avatar, manageable, now, now.plus(ttl));
    dao.create(session);
    cache.put(session.id(), session, ttl);
    return new Issued(token, session, ttl);
  }

  /** The live session of a token, or empty when it is unknown, forged or expired. */
  public Optional<Session> authenticate(String token) {
    if (token.length() > 200) {
      return Optional.empty();
    }
    String id = idOf(token);
    Instant now = clock.instant();
    Session session = cache.get(id, () -> dao.findUnexpired(id, now).orElse(null));
    if (session == null || session.expiredAt(now)) {
      return Optional.empty();
    }
    return Optional.of(session);
  }

  /**
   * Ends the session of a token everywhere; unknown tokens are ignored. The row is deleted before
   * the cache entry is invalidated, and the {@code session} region refuses to store any load that
   * began before that invalidation, so a concurrent {@link #authenticate} can answer at most with
   * the session it read before the logout, and never puts the session back: once this returns, the
   * token never authenticates again, whatever the interleaving.
   */
  public void logout(String token) {
    String id = idOf(token);
    dao.delete(id);
    cache.invalidate(id);
  }

  /**
   * Ends every session of a user, in PostgreSQL first and then in the cache, so no device stays
   * signed in; returns how many sessions ended.
   */
  public int logoutAll(long userId) {
    List<String> ids = dao.deleteAllOf(userId);
    ids.forEach(cache::invalidate);
    return ids.size();
  }

  /** The stored id of a browser token. */
  public String idOf(String token) {
    return hmac.sign("session:" + token);
  }

  /** A new session and the token to give the browser. */
  public record Issued(String token, Session session, Duration ttl) {}
}
