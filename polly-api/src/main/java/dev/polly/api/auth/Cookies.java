package dev.polly.api.auth;

import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;

/**
 * Builds the API's cookies: the session cookie and the OAuth state cookie, both HttpOnly,
 * SameSite=Lax and (by default) Secure. Lax lets the state cookie come back on Discord's top-level
 * redirect to the callback while keeping it off cross-site sub-requests.
 */
public final class Cookies {
  public static final String STATE_COOKIE = "polly_oauth_state";

  private final String sessionName;
  private final boolean secure;

  public Cookies(String sessionName, boolean secure) {
    this.sessionName = sessionName;
    this.secure = secure;
  }

  public String sessionName() {
    return sessionName;
  }

  /** Whether the API's cookies carry the {@code Secure} flag. */
  public boolean secure() {
    return secure;
  }

  public NewCookie session(String token, Duration ttl) {
    return cookie(sessionName, token, "/", (int) ttl.toSeconds());
  }

  public NewCookie clearSession() {
    return cookie(sessionName, "", "/", 0);
  }

  public NewCookie state(String value, Duration ttl) {
    return cookie(STATE_COOKIE, value, "/auth", (int) ttl.toSeconds());
  }

  public NewCookie clearState() {
    return cookie(STATE_COOKIE, "", "/auth", 0);
  }

  private NewCookie cookie(String name, String value, String path, int maxAge) {
    return new NewCookie.Builder(name)
        .value(value)
        .path(path)
        .maxAge(maxAge)
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }
}
