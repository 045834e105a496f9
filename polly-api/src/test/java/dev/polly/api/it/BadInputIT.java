package dev.polly.api.it;

import static dev.polly.api.support.World.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays the malformed-request corpus in {@code fixtures/bad-input-corpus.json}: broken JSON,
 * wrong types, huge strings, bad snowflakes, bad zones, DST gaps, oversized bodies and wrong
 * content types. No request may get a 5xx, every response must carry a JSON error body, and each
 * gets the status the corpus expects.
 */
class BadInputIT {
  @RegisterExtension static final RunningApi API = new RunningApi();
  static final Pattern HUGE = Pattern.compile("\\{\\{huge:(\\d+)}}");

  @Test
  void everyMalformedRequestGetsA4xxWithAJsonBody() throws Exception {
    Http http = API.http();
    String alice = Login.as(http, ALICE);
    String pollId =
        http.json("POST", "/api/polls", alice, World.pollJson("Target", false, false))
            .json()
            .path("id")
            .asText();
    JsonNode corpus;
    try (InputStream in = getClass().getResourceAsStream("/fixtures/bad-input-corpus.json")) {
      corpus = new ObjectMapper().readTree(in);
    }
    assertThat(corpus.size()).isGreaterThanOrEqualTo(50);

    List<String> failures = new ArrayList<>();
    for (JsonNode c : corpus) {
      Http.Resp r = http.send(request(http, c, alice, pollId));
      String name = c.path("name").asText();
      if (r.status() >= 500) {
        failures.add(name + ": got " + r.status() + " " + r.body());
      } else if (!r.isJson() || !r.json().hasNonNull("code") || !r.json().hasNonNull("message")) {
        failures.add(name + ": no JSON error body (" + r.status() + "): " + abbreviate(r.body()));
      } else if (!c.path("expect").isNull() && r.status() != c.path("expect").asInt()) {
        failures.add(
            name
                + ": expected "
                + c.path("expect").asInt()
                + " got "
                + r.status()
                + " "
                + abbreviate(r.body()));
      } else if (r.status() < 400) {
        failures.add(name + ": accepted with " + r.status());
      }
    }
    assertThat(failures).isEmpty();
  }

  private HttpRequest request(Http http, JsonNode c, String token, String pollId) {
    String path = expand(c.path("path").asText(), pollId);
    boolean auth = c.path("auth").asBoolean(true);
    HttpRequest.Builder b = http.request(path, auth ? token : null);
    if (c.has("bearer")) {
      b.header("Authorization", "Bearer " + expand(c.path("bearer").asText(), pollId));
    }
    if (c.has("cookie")) {
      b.header("Cookie", expand(c.path("cookie").asText(), pollId));
    }
    if (c.has("accept")) {
      b.header("Accept", c.path("accept").asText());
    }
    byte[] body = null;
    if (c.has("raw_hex")) {
      body = HexFormat.of().parseHex(c.path("raw_hex").asText());
      b.header("Content-Type", "application/json");
    } else if (c.has("body")) {
      body = expand(c.path("body").asText(), pollId).getBytes(StandardCharsets.UTF_8);
      b.header("Content-Type", c.path("content_type").asText());
    }
    String method = c.path("method").asText();
    if (body == null) {
      return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    byte[] bytes = body;
    HttpRequest.BodyPublisher publisher =
        c.path("chunked").asBoolean(false)
            ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
            : HttpRequest.BodyPublishers.ofByteArray(bytes);
    return b.method(method, publisher).build();
  }

  static String expand(String text, String pollId) {
    Matcher m = HUGE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, "a".repeat(Integer.parseInt(m.group(1))));
    }
    m.appendTail(out);
    return out.toString()
        .replace("{{G1}}", Long.toString(G1))
        .replace("{{G2}}", Long.toString(G2))
        .replace("{{G1_TEXT}}", Long.toString(G1_TEXT))
        .replace("{{G2_TEXT}}", Long.toString(G2_TEXT))
        .replace("{{G1_QUIET_ROLE}}", Long.toString(G1_QUIET_ROLE))
        .replace("{{POLL}}", pollId);
  }

  static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
