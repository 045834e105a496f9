package dev.polly.api.auth;

import dev.polly.common.domain.Session;
import dev.polly.common.store.SessionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Dashboard login sessions. The browser holds an opaque random token; the {@link SessionStore}
 * (PostgreSQL, read through the {@code session} region) holds the session under the token's HMAC,
 * so neither PostgreSQL nor Redis contains a usable token. Cached entries live until the session
 * expires.
 */
public final class SessionService {
  private final SessionStore store;
  private final Hmac hmac;
  private final Clock clock;
  private final Duration ttl;

  public SessionService(SessionStore store, Hmac hmac, Clock clock, Duration ttl) {
    this.store = store;
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
    store.create(session, ttl);
    return new Issued(token, session, ttl);
  }

  /** The live session of a token, or empty when it is unknown, forged or expired. */
  public Optional<Session> authenticate(String token) {
    if (token.length() > 200) {
      return Optional.empty();
    }
    return store.findLive(idOf(token), clock.instant());
  }

  /**
   * Ends the session of a token everywhere; unknown tokens are ignored. A concurrent {@link
   * #authenticate} can answer at most with the session it read before the logout and never puts it
   * back (see {@link SessionStore}): once this returns, the token never authenticates again,
   * whatever the interleaving.
   */
  public void logout(String token) {
    store.delete(idOf(token));
  }

  /**
   * Ends every session of a user, in PostgreSQL first and then in the cache, so no device stays
   * signed in; returns how many sessions ended.
   */
  public int logoutAll(long userId) {
    return store.deleteAllOf(userId);
  }

  /** The stored id of a browser token. */
  public String idOf(String token) {
    return hmac.sign("session:" + token);
  }

  /** A new session and the token to give the browser. */
  public record Issued(String token, Session session, Duration ttl) {}
}
