package dev.polly.common.redis;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One Redis endpoint parsed from {@code redis://[user][:password]@host[:port][/db]} (or {@code
 * rediss://} for TLS). {@link #toString()} and {@link #mask(String)} never reveal the password.
 */
public record RedisAddress(
    boolean tls, String host, int port, int db, String username, String password) {

  public RedisAddress {
    Objects.requireNonNull(host, "host");
    username = username == null ? "" : username;
    password = password == null ? "" : password;
  }

  /** Parses a Redis URL; a bare {@code host:port} is accepted as {@code redis://host:port}. */
  public static RedisAddress parse(String url) {
    String text = url.contains("://") ? url : "redis://" + url;
    URI uri = URI.create(text);
    String scheme = uri.getScheme().toLowerCase();
    if (!scheme.equals("redis") && !scheme.equals("rediss")) {
      throw new IllegalArgumentException("Redis URL must start with redis:// or rediss://");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("Redis URL has no host: " + mask(url));
    }
    String user = "";
    String pass = "";
    String info = uri.getRawUserInfo();
    if (info != null) {
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      pass = colon < 0 ? "" : decode(info.substring(colon + 1));
      if (colon < 0) {
        // redis://secret@host is the common shorthand for a password without a user.
        pass = user;
        user = "";
      }
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replace("/", "");
    int db = path.isEmpty() ? 0 : Integer.parseInt(path);
    int port = uri.getPort() < 0 ? 6379 : uri.getPort();
    return new RedisAddress(scheme.equals("rediss"), uri.getHost(), port, db, user, pass);
  }

  /** The address without credentials or database, as Redisson wants it. */
  public String nodeAddress() {
    return (tls ? "rediss://" : "redis://") + host + ":" + port;
  }

  /** The URL with any password replaced by {@code ***}. */
  public static String mask(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    return url.replaceAll("(://[^:@/]*:)[^@/]*@", "$1***@").replaceAll("(://)[^:@/]+@", "$1***@");
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return nodeAddress() + "/" + db + (password.isEmpty() ? "" : " (password ***)");
  }
}
