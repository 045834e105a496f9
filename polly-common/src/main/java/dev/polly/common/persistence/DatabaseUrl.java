package dev.polly.common.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where to connect: a JDBC URL with its credentials. {@link #resolve} accepts {@code
 * jdbc:postgresql://...} as well as the {@code postgres://user:secret@host:5432/db} form that
 * hosting platforms hand out, whose credentials win over the separate settings. {@link #masked}
 * gives a form safe to log.
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {
  private static final Pattern SECRET_PARAM =
      Pattern.compile("(?i)(password|sslpassword|sslkey)=[^&]*");

  public DatabaseUrl {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }

  /** Turns a configured URL and credentials into a JDBC URL and credentials. */
  public static DatabaseUrl resolve(String url, String user, String password) {
    String trimmed = url.trim();
    if (!(trimmed.startsWith("postgres://") || trimmed.startsWith("postgresql://"))) {
      return new DatabaseUrl(trimmed, user, password);
    }
    try {
      URI uri = new URI(trimmed);
      String effectiveUser = user;
      String effectivePassword = password;
      if (uri.getRawUserInfo() != null) {
        String[] parts = uri.getRawUserInfo().split(":", 2);
        effectiveUser = decode(parts[0]);
        effectivePassword = parts.length > 1 ? decode(parts[1]) : password;
      }
      String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      String jdbc = "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query;
      return new DatabaseUrl(jdbc, effectiveUser, effectivePassword);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("database.url is not a valid URL", e);
    }
  }

  /** The URL with any password parameter replaced by {@code ***}. */
  public String masked() {
    return mask(jdbcUrl);
  }

  /** {@code text} with user-info secrets and password parameters replaced by {@code ***}. */
  static String mask(String text) {
    String withoutParams = SECRET_PARAM.matcher(text).replaceAll("$1=***");
    return withoutParams.replaceAll("//([^/@:]*):[^/@]*@", "//$1:***@");
  }

  @Override
  public String toString() {
    return "DatabaseUrl[jdbcUrl=" + masked() + ", user=" + user + ", password=***]";
  }

  private static String decode(String value) {
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
