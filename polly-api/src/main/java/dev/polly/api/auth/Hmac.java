package dev.polly.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 keyed with {@code SESSION_SECRET}: signs OAuth state cookies and turns session tokens
 * into the ids stored in PostgreSQL and Redis, so a leaked table or cache dump holds no usable
 * token. Also the source of random tokens.
 */
public final class Hmac {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  /** One initialised Mac per thread: looking one up and keying it costs more than signing. */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  public Hmac(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("The session secret must have at least 16 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  /** Uses the configured secret, or a random one (single instance, development) when blank. */
  public static Hmac fromSecret(String secret) {
    if (secret == null || secret.isBlank()) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      return new Hmac(random);
    }
    return new Hmac(secret.getBytes(StandardCharsets.UTF_8));
  }

  /** Base64url HMAC of {@code value}. */
  public String sign(String value) {
    // doFinal leaves the Mac reset and keyed, ready for the thread's next call.
    return B64.encodeToString(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** Constant-time check that {@code signature} is the HMAC of {@code value}. */
  public boolean verify(String value, String signature) {
    return constantTimeEquals(sign(value), signature);
  }

  /** A fresh random token of 32 bytes, base64url. */
  public String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return B64.encodeToString(bytes);
  }

  public static boolean constantTimeEquals(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
