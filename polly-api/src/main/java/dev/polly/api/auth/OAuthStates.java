package dev.polly.api.auth;

import dev.polly.api.errors.InvalidOAuthStateException;
import dev.polly.common.cache.CacheRegion;
import dev.polly.common.health.RedisProbe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Issues and checks OAuth {@code state} values. A state is bound to the browser by a short-lived
 * cookie {@code state.expiry.hmac} signed with the session secret, and recorded in the {@code
 * session} region so that it can be used once. At callback the query state must equal the cookie's,
 * the signature must hold and the state must not have expired; the Redis entry is then consumed.
 * When Redis is unreachable the signed cookie alone decides, so logins keep working during an
 * outage (losing only single-use enforcement, which Discord's one-time codes also provide).
 */
public final class OAuthStates {
  private final Hmac hmac;
  private final CacheRegion<OAuthStateEntry> store;
  private final RedisProbe redis;
  private final Clock clock;
  private final Duration ttl;

  public OAuthStates(
      Hmac hmac, CacheRegion<OAuthStateEntry> store, RedisProbe redis, Clock clock, Duration ttl) {
    this.hmac = hmac;
    this.store = store;
    this.redis = redis;
    this.clock = clock;
    this.ttl = ttl;
  }

  /** A new state and the value of the cookie that binds it to this browser. */
  public Issued issue() {
    String state = hmac.randomToken();
    Instant expires = clock.instant().plus(ttl);
    store.put(state, new OAuthStateEntry(state, expires), ttl);
    String payload = state + "." + expires.getEpochSecond();
    return new Issued(state, payload + "." + hmac.sign(payload), ttl);
  }

  /** Accepts the callback's state or throws {@link InvalidOAuthStateException}. */
  public void verify(String queryState, String cookieValue) {
    if (queryState == null || queryState.isBlank() || cookieValue == null) {
      throw new InvalidOAuthStateException("The login state is missing; start the login again");
    }
    String[] parts = cookieValue.split("\\.");
    if (parts.length != 3 || !hmac.verify(parts[0] + "." + parts[1], parts[2])) {
      throw new InvalidOAuthStateException("The login state cookie is invalid");
    }
    if (!Hmac.constantTimeEquals(parts[0], queryState)) {
      throw new InvalidOAuthStateException("The login state does not match this browser");
    }
    if (expired(parts[1])) {
      throw new InvalidOAuthStateException("The login state expired; start the login again");
    }
    if (store.getIfPresent(queryState).isPresent()) {
      store.invalidate(queryState);
    } else if (redis.probe().connected()) {
      throw new InvalidOAuthStateException("The login state was already used");
    }
  }

  private boolean expired(String epochSeconds) {
    try {
      return !clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(epochSeconds)));
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /** A state to send to Discord and the cookie value binding it to the browser. */
  public record Issued(String state, String cookieValue, Duration ttl) {}
}
