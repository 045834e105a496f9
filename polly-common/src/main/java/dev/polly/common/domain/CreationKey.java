package dev.polly.common.domain;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A client's key for one poll creation, so that a retried creation whose first answer was lost
 * stores nothing twice: {@code key} is what the client sent (1 to 100 visible ASCII characters,
 * unique per creator), {@code digest} the SHA-256 hex fingerprint of the request it was sent with.
 */
public record CreationKey(String key, String digest) {
  public static final int MAX_LENGTH = 100;

  public CreationKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(digest, "digest");
    if (!valid(key)) {
      throw new IllegalArgumentException("a creation key is 1 to 100 visible ASCII characters");
    }
  }

  /** The key {@code key} for a request whose full text is {@code request}. */
  public static CreationKey of(String key, String request) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(request.getBytes(UTF_8));
      return new CreationKey(key, HexFormat.of().formatHex(sha));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /** Whether {@code key} may name a creation: 1 to {@link #MAX_LENGTH} characters in ! to ~. */
  public static boolean valid(String key) {
    return key != null
        && !key.isEmpty()
        && key.length() <= MAX_LENGTH
        && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
  }
}
