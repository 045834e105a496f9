package dev.polly.api.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * One generated bad request: its method, raw (already percent-encoded) path with query, extra
 * headers, body bytes (null for none) and how to send it. {@code endpoint} names the route it aims
 * at, for the coverage check.
 */
public record FuzzCase(
    String name,
    String endpoint,
    String method,
    String path,
    Map<String, String> headers,
    byte[] body,
    Transport transport) {

  /** How the request goes on the wire. */
  public enum Transport {
    /** The JDK HTTP client with a fixed-length body. */
    CLIENT,
    /** The JDK HTTP client streaming the body chunked (no Content-Length). */
    CHUNKED,
    /** Bytes written to a socket as they are, for requests a client library refuses to build. */
    RAW
  }

  public FuzzCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    headers = Map.copyOf(headers);
  }

  public static FuzzCase json(
      String name, String endpoint, String method, String path, String body) {
    return new FuzzCase(
        name,
        endpoint,
        method,
        path,
        Map.of("Content-Type", "application/json"),
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        Transport.CLIENT);
  }

  /** A short description for failure messages: name, method and the path's first 120 chars. */
  public String describe() {
    String p = path.length() > 120 ? path.substring(0, 120) + "…" : path;
    return name + " [" + method + " " + p + (body == null ? "" : ", " + body.length + " B") + "]";
  }
}
