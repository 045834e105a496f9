package dev.polly.api.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Sends {@link FuzzCase}s to a local server with a session token: through the JDK client (fixed or
 * chunked body) or as raw bytes over a socket, and returns status, content type and body.
 */
public final class FuzzClient {
  /** What came back. */
  public record Answer(int status, String contentType, String body) {}

  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final int port;
  private final String token;

  public FuzzClient(int port, String token) {
    this.port = port;
    this.token = token;
  }

  public Answer send(FuzzCase c) {
    return switch (c.transport()) {
      case RAW -> raw(c.body());
      case CHUNKED -> raw(chunked(c));
      case CLIENT -> viaClient(c);
    };
  }

  /** The request of {@code c} with its body in 8 KiB chunks and no Content-Length. */
  private byte[] chunked(FuzzCase c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder(c.method() + " " + c.path() + " HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n");
    if (token != null) {
      head.append("Authorization: Bearer ").append(token).append("\r\n");
    }
    c.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    out.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    byte[] body = c.body();
    for (int off = 0; off < body.length; off += 8192) {
      int n = Math.min(8192, body.length - off);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(body, off, n);
      out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  private Answer viaClient(FuzzCase c) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + c.path()))
            .timeout(Duration.ofSeconds(20));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    c.headers().forEach(b::header);
    HttpRequest.BodyPublisher body;
    if (c.body() == null) {
      body = HttpRequest.BodyPublishers.noBody();
    } else {
      body = HttpRequest.BodyPublishers.ofByteArray(c.body());
    }
    HttpRequest request = b.method(c.method(), body).build();
    try {
      HttpResponse<String> r;
      try {
        r = client.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException stale) {
        // A pooled keep-alive connection that the server had already closed after the previous
        // case: the server never saw this request (no byte came back), so send it once more on a
        // fresh connection. Any answer it then gives is checked as strictly as the others.
        if (!String.valueOf(stale.getMessage()).contains("received no bytes")) {
          throw stale;
        }
        r = client.send(request, HttpResponse.BodyHandlers.ofString());
      }
      return new Answer(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(c.describe(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code request} as is, half-closes, and parses the HTTP/1.1 answer. */
  public Answer raw(byte[] request) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(20_000);
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
        socket.shutdownOutput();
      } catch (IOException e) {
        // the server may answer (e.g. 413) and close before the whole request is written
      }
      return parse(socket.getInputStream().readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Answer parse(byte[] bytes) throws IOException {
    String all = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = all.indexOf("\r\n\r\n");
    if (end < 0) {
      return new Answer(-1, "", all);
    }
    String[] lines = all.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    String type = "";
    boolean chunked = false;
    for (String line : lines) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-type:")) {
        type = line.substring(13).trim();
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    byte[] rest = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    byte[] body = chunked ? dechunk(new ByteArrayInputStream(rest)) : rest;
    return new Answer(status, type, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      StringBuilder size = new StringBuilder();
      int ch;
      while ((ch = in.read()) != -1 && ch != '\n') {
        if (ch != '\r') {
          size.append((char) ch);
        }
      }
      String hex = size.toString().split(";")[0].trim();
      if (hex.isEmpty() || ch == -1) {
        return out.toByteArray();
      }
      int n = Integer.parseInt(hex, 16);
      if (n == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(n));
      in.readNBytes(2);
    }
  }
}
