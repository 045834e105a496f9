package dev.polly.api.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP/1.1 connection to a local port, kept open across requests as a keep-alive client pool
 * keeps it (the JDK client's does): for tests of what the server does with the connection after an
 * answer, which no pooled client shows. Requests are written as given; answers are read to their
 * end ({@code Content-Length} or chunked).
 */
public final class KeepAliveConnection implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final String host;

  /** An answer: its status, its headers (names lower-cased; the last of repeated ones) and body. */
  public record Answer(int status, Map<String, String> headers, byte[] body) {
    /** True when the answer announces that the server closes the connection after it. */
    public boolean announcesClose() {
      return "close".equalsIgnoreCase(headers.getOrDefault("connection", "").trim());
    }
  }

  /** Connects to {@code 127.0.0.1:port}. */
  public KeepAliveConnection(int port) {
    try {
      socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(20_000);
      in = new BufferedInputStream(socket.getInputStream());
      out = socket.getOutputStream();
      host = "127.0.0.1:" + port;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends one request ({@code headers} besides {@code Host} and the body's framing; {@code body}
   * null for none, else sent with {@code Content-Length} or as one chunk) and reads its answer;
   * empty when the server closed the connection instead of answering.
   */
  public Optional<Answer> exchange(
      String method, String path, Map<String, String> headers, byte[] body, boolean chunked) {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(host);
    headers.forEach((name, value) -> head.append("\r\n").append(name).append(": ").append(value));
    if (body != null) {
      head.append(
          chunked ? "\r\nTransfer-Encoding: chunked" : "\r\nContent-Length: " + body.length);
    }
    try {
      out.write(head.append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
      if (body != null && chunked) {
        out.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      } else if (body != null) {
        out.write(body);
      }
      out.flush();
      return readAnswer();
    } catch (IOException e) {
      return Optional.empty(); // reset or broken pipe: the server had closed the connection
    }
  }

  private Optional<Answer> readAnswer() throws IOException {
    String status = line();
    if (status == null) {
      return Optional.empty();
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String l = line(); l != null && !l.isEmpty(); l = line()) {
      int colon = l.indexOf(':');
      headers.put(l.substring(0, colon).trim().toLowerCase(), l.substring(colon + 1).trim());
    }
    byte[] body =
        headers.containsKey("content-length")
            ? in.readNBytes(Integer.parseInt(headers.get("content-length")))
            : "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? chunks() : new byte[0];
    return Optional.of(new Answer(Integer.parseInt(status.split(" ")[1]), headers, body));
  }

  private byte[] chunks() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int size = Integer.parseInt(line().trim(), 16); size > 0; ) {
      body.write(in.readNBytes(size));
      line();
      size = Integer.parseInt(line().trim(), 16);
    }
    line();
    return body.toByteArray();
  }

  /** One CRLF-ended line without its ending; null at the end of the stream. */
  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b = in.read();
    if (b < 0) {
      return null;
    }
    for (; b >= 0 && b != '\n'; b = in.read()) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
