package dev.polly.api.it;

import static dev.polly.api.support.World.G1;
import static dev.polly.api.support.World.G1_QUIET_ROLE;
import static dev.polly.api.support.World.G1_TEXT;
import static dev.polly.api.support.World.G2;
import static dev.polly.api.support.World.G2_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polly.api.support.ApiPolls;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.World;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The malformed-request corpus in {@code fixtures/bad-input-corpus.json} (broken JSON, wrong types,
 * huge strings, bad snowflakes, bad zones, DST gaps, oversized bodies and headers, wrong content
 * types, undecodable paths), with its placeholders filled in for one signed-in user and one poll.
 */
final class BadInputCorpus {
  private static final Pattern HUGE = Pattern.compile("\\{\\{huge:(\\d+)}}");

  /**
   * One request of the corpus: its headers besides {@code Host} and the body's framing, its body
   * (null when none), whether the body goes chunked, and the status it must get (null: any 4xx).
   */
  record Case(
      String name,
      String method,
      String path,
      Map<String, String> headers,
      byte[] body,
      boolean chunked,
      Integer expect) {}

  private BadInputCorpus() {}

  /**
   * Every case, sent as Alice (unless the case says otherwise) on a poll of hers created for them
   * through {@code http}; at least 50.
   */
  static List<Case> forAlicesNewPoll(Http http) {
    String alice = Login.as(http, World.ALICE);
    String poll = Long.toString(ApiPolls.create(http, alice, "Target", false, false));
    List<Case> cases = load(alice, poll);
    assertThat(cases).hasSizeGreaterThanOrEqualTo(50);
    return cases;
  }

  /**
   * Every case, sent as {@code token}'s session (unless the case says otherwise) on {@code poll}.
   */
  private static List<Case> load(String token, String poll) {
    JsonNode corpus;
    try (InputStream in =
        BadInputCorpus.class.getResourceAsStream("/fixtures/bad-input-corpus.json")) {
      corpus = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Case> cases = new ArrayList<>();
    for (JsonNode c : corpus) {
      cases.add(toCase(c, token, poll));
    }
    return cases;
  }

  private static Case toCase(JsonNode c, String token, String poll) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (c.path("auth").asBoolean(true)) {
      headers.put("Authorization", "Bearer " + token);
    }
    if (c.has("bearer")) {
      headers.put("Authorization", "Bearer " + expand(c.path("bearer").asText(), poll));
    }
    if (c.has("cookie")) {
      headers.put("Cookie", expand(c.path("cookie").asText(), poll));
    }
    if (c.has("accept")) {
      headers.put("Accept", c.path("accept").asText());
    }
    byte[] body = null;
    if (c.has("raw_hex")) {
      body = HexFormat.of().parseHex(c.path("raw_hex").asText());
      headers.put("Content-Type", "application/json");
    } else if (c.has("body")) {
      body = expand(c.path("body").asText(), poll).getBytes(StandardCharsets.UTF_8);
      headers.put("Content-Type", c.path("content_type").asText());
    }
    return new Case(
        c.path("name").asText(),
        c.path("method").asText(),
        expand(c.path("path").asText(), poll),
        headers,
        body,
        c.path("chunked").asBoolean(false),
        c.path("expect").isNull() ? null : c.path("expect").asInt());
  }

  private static String expand(String text, String poll) {
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
        .replace("{{POLL}}", poll);
  }
}
