package dev.polly.api.auth;

import dev.polly.api.errors.InvalidOAuthStateException;
import dev.polly.common.redis.RedisStore;
import dev.polly.common.redis.StoreUnreachableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Issues and checks OAuth {@code state} values.
 *
 * <p>Contract: a state is bound to the browser by a short-lived cookie {@code state.expiry.hmac}
 * signed with the session secret; issuing one writes nothing to Redis, so {@code /auth/login} costs
 * no Redis memory and a state issued while Redis was down works once it is back. At callback the
 * query state must equal the cookie's, the signature must hold and the state must not have expired.
 * The state is then marked used with one atomic {@code SET NX} in the {@code oauth_state_used}
 * {@link RedisStore} (a few bytes, expiring with the state), so of any number of concurrent
 * callbacks with one state exactly one passes. When Redis cannot be reached the signed cookie alone
 * decides, so logins keep working during an outage (losing only single-use enforcement, which
 * Discord's one-time codes also provide). None of this depends on {@code cache.enabled}.
 */
public final class OAuthStates {
  private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

  private final Hmac hmac;
  private final RedisStore<Long> used;
  private final Clock clock;
  private final Duration ttl;

  public OAuthStates(Hmac hmac, RedisStore<Long> used, Clock clock, Duration ttl) {
    this.hmac = hmac;
    this.used = used;
    this.clock = clock;
    this.ttl = ttl;
  }

  /** A new state and the value of the cookie that binds it to this browser. */
  public Issued issue() {
    String state = hmac.randomToken();
    Instant expires = clock.instant().plus(ttl);
    String payload = state + "." + expires.getEpochSecond();
    return new Issued(state, payload + "." + hmac.sign(payload), ttl);
  }

  /**
   * Accepts the callback's state, marking it used, or throws {@link InvalidOAuthStateException}
   * (forged, mismatched, expired, or already used).
   */
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
    Instant now = clock.instant();
    Instant expires = expiry(parts[1]);
    if (!now.isBefore(expires)) {
      throw new InvalidOAuthStateException("The login state expired; start the login again");
    }
    // kept a minute past the expiry, so an instance whose clock runs behind still sees it
    markUsed(queryState, now, Duration.between(now, expires).plus(CLOCK_MARGIN));
  }

  private void markUsed(String state, Instant now, Duration remaining) {
    boolean first;
    try {
      first = used.putIfAbsent(state, now.getEpochSecond(), remaining);
    } catch (StoreUnreachableException e) {
      return; // Redis unreachable: the signed, unexpired cookie alone decides
    }
    if (!first) {
      throw new InvalidOAuthStateException("The login state was already used");
    }
  }

  private static Instant expiry(String epochSeconds) {
    try {
      return Instant.ofEpochSecond(Long.parseLong(epochSeconds));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return Instant.MIN;
    }
  }

  /** A state to send to Discord and the cookie value binding it to the browser. */
  public record Issued(String state, String cookieValue, Duration ttl) {}
}
