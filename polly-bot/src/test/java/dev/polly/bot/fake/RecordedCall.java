package dev.polly.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * One HTTP request the fake Discord received, with the status it answered. A multipart request's
 * {@code body} is its {@code payload_json}, and {@code files} holds its attachments by file name.
 */
public record RecordedCall(
    String method,
    String path,
    String query,
    String body,
    Map<String, byte[]> files,
    int status,
    String response,
    Instant at) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The request body parsed as JSON (an empty object when there was none). */
  public JsonNode json() {
    return parse(body);
  }

  /** The response body parsed as JSON (an empty object when there was none). */
  public JsonNode responseJson() {
    return parse(response);
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return MAPPER.createObjectNode();
    }
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An attachment's content as UTF-8 text, or null when there is no such file. */
  public String fileText(String name) {
    byte[] bytes = files.get(name);
    return bytes == null ? null : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
  }

  public boolean is(String verb, String pathRegex) {
    return method.equals(verb) && path.matches(pathRegex);
  }

  @Override
  public String toString() {
    return method + " " + path + " -> " + status + " " + body;
  }
}
