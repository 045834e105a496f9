package dev.polly.api.resources;

import dev.polly.api.errors.BadParameterException;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Read-your-writes across API instances. Each instance keeps hot data in a near cache that another
 * instance's write clears through an invalidation event, which may arrive after the write has
 * answered. So a write of the user's data answers with its version (the stored row's {@code
 * updated_at}, in microseconds since the epoch) twice: the {@value #HEADER} response header for
 * Bearer clients, and the short-lived {@value #COOKIE} cookie, which browsers send back by
 * themselves. A request carrying a version (the same header, or the cookie) is answered from data
 * at least that new, whichever instance serves it.
 *
 * <p>A near-cache copy lives at most a minute, so the cookie does too. A malformed header is a 400;
 * a malformed cookie, or a version more than a minute ahead of this instance's clock, is ignored.
 */
public final class WriteVersions {
  public static final String HEADER = "Polly-Version";
  public static final String COOKIE = "polly_version";
  private static final Duration LIFETIME = Duration.ofMinutes(1);

  private final boolean secureCookie;
  private final Clock clock;

  public WriteVersions(boolean secureCookie, Clock clock) {
    this.secureCookie = secureCookie;
    this.clock = clock;
  }

  /** The newest write the request says it has seen, or null when it names none. */
  public Instant requested(HttpHeaders headers) {
    String header = headers.getHeaderString(HEADER);
    Instant fromHeader = null;
    if (header != null && !header.isBlank()) {
      fromHeader = parse(header.trim());
      if (fromHeader == null) {
        throw new BadParameterException(HEADER + " must be the number a write answered with");
      }
    }
    Cookie cookie = headers.getCookies().get(COOKIE);
    Instant fromCookie = cookie == null ? null : parse(cookie.getValue());
    return plausible(later(fromHeader, fromCookie));
  }

  /** {@code response} with the version of a write stored at {@code writtenAt}. */
  public Response.ResponseBuilder attach(Response.ResponseBuilder response, Instant writtenAt) {
    if (writtenAt == null) {
      return response;
    }
    String version = Long.toString(format(writtenAt));
    return response
        .header(HEADER, version)
        .cookie(
            new NewCookie.Builder(COOKIE)
                .value(version)
                .path("/")
                .maxAge((int) LIFETIME.toSeconds())
                .httpOnly(true)
                .secure(secureCookie)
                .sameSite(NewCookie.SameSite.LAX)
                .build());
  }

  static long format(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
  }

  static Instant parse(String text) {
    if (text == null
        || text.isEmpty()
        || text.length() > 18
        || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    long micros = Long.parseLong(text);
    return Instant.ofEpochSecond(micros / 1_000_000L, (micros % 1_000_000L) * 1000);
  }

  private Instant plausible(Instant version) {
    return version == null || version.isAfter(clock.instant().plus(LIFETIME)) ? null : version;
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
