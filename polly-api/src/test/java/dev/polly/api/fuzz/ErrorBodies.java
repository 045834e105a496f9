package dev.polly.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The API's error contract, as the fuzz and security suites check it: a 4xx answer carries a JSON
 * object with a textual {@code code} and {@code message}.
 */
public final class ErrorBodies {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorBodies() {}

  /**
   * True when {@code body} is a JSON object with non-blank textual {@code code} and {@code
   * message}.
   */
  public static boolean isJsonError(String contentType, String body) {
    if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
      return false;
    }
    try {
      JsonNode node = JSON.readTree(body);
      return node != null
          && node.isObject()
          && node.path("code").isTextual()
          && !node.path("code").asText().isBlank()
          && node.path("message").isTextual();
    } catch (IOException e) {
      return false;
    }
  }
}
