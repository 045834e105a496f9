package dev.polly.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard's Content-Security-Policy: everything from our own origin only ({@code default-src
 * 'self'}), Discord's CDN for avatars, and no inline code except the one import map in {@code
 * index.html}, allowed by its SHA-256 hash (browsers only accept inline import maps). The hash is
 * computed from the served file at startup, so editing the import map cannot break the policy.
 */
public final class ContentSecurityPolicy {
  private static final Pattern IMPORT_MAP =
      Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL);

  private ContentSecurityPolicy() {}

  /** The policy for the dashboard whose index page is the classpath resource {@code index}. */
  public static String forIndex(String index) {
    return policy(importMapHash(read(index)));
  }

  static String policy(String importMapHash) {
    return "default-src 'self'; script-src 'self' 'sha256-"
        + importMapHash
        + "'; img-src 'self' data: https://cdn.discordapp.com; object-src 'none'; base-uri 'self';"
        + " form-action 'self'; frame-ancestors 'none'";
  }

  /** Base64 SHA-256 of the import map's text, exactly as it stands between the script tags. */
  static String importMapHash(String html) {
    Matcher m = IMPORT_MAP.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("the dashboard's index.html has no import map");
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(m.group(1).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(String resource) {
    try (InputStream in = ContentSecurityPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
