package dev.polly.api.security;

import dev.polly.api.fuzz.ErrorBodies;
import dev.polly.api.support.Http;
import java.net.http.HttpRequest;

/**
 * One request a security test expects to be refused: its description and the request. {@link
 * #refusal} sends it and describes the answer when it was not a 4xx in {@code allowed} with a JSON
 * error body (null when it was).
 */
record Attempt(String name, HttpRequest request) {
  /**
   * Pins HTTP/1.1. The JDK 17 client upgrades plain-HTTP connections to h2c, and its HPACK encoder
   * then may re-send an earlier header value that differs only in letter case, which would turn a
   * forged token back into the real one and hide the test's intent.
   */
  static HttpRequest.Builder h1(HttpRequest.Builder builder) {
    return builder.version(java.net.http.HttpClient.Version.HTTP_1_1);
  }

  String refusal(Http http, int... allowed) {
    Http.Resp r = http.send(request);
    boolean statusOk = false;
    for (int status : allowed) {
      statusOk |= r.status() == status;
    }
    if (statusOk && ErrorBodies.isJsonError(r.header("Content-Type"), r.body())) {
      return null;
    }
    String body = r.body().length() > 200 ? r.body().substring(0, 200) : r.body();
    return name + " -> " + r.status() + " " + body;
  }
}
