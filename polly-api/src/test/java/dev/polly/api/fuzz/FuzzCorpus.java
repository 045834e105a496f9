package dev.polly.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates the fuzz corpus from a seed, deterministically: bad path ids and draft keys on every
 * route that takes one, bad query parameters, and for every route with a JSON body malformed and
 * deeply nested JSON, fields replaced by wrong types, overflowing numbers, huge, unicode and
 * injection strings, invalid zones and daylight-saving gaps, wrong content types, strictness cases
 * (duplicate keys, lone surrogates, coercible values) and oversized bodies (declared and chunked).
 * {@link #protocol} adds requests only a raw socket can send.
 */
public final class FuzzCorpus {
  /** Real ids the templates point at: a scheduled poll of the user and a guild they manage. */
  public record Targets(long pollId, int pollVersion, long guildId, long channelId) {}

  /** A route that takes a JSON body, with a valid body to mutate. */
  private record BodyRoute(String method, String path, String endpoint, ObjectNode valid) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OVERSIZED = "o".repeat(200 * 1024);

  private final Random random;
  private final Targets t;
  private final List<FuzzCase> cases = new ArrayList<>();

  private FuzzCorpus(long seed, Targets targets) {
    this.random = new Random(seed);
    this.t = targets;
  }

  /** The corpus of {@code seed}: the same seed and targets always give the same cases. */
  public static List<FuzzCase> generate(long seed, Targets targets) {
    FuzzCorpus corpus = new FuzzCorpus(seed, targets);
    corpus.pathIds();
    corpus.draftKeys();
    corpus.queries();
    for (BodyRoute route : corpus.bodyRoutes()) {
      corpus.malformed(route);
      corpus.nested(route);
      corpus.fields(route, 12);
      corpus.strict(route);
      corpus.contentTypes(route);
      corpus.oversized(route);
    }
    return List.copyOf(corpus.cases);
  }

  private void pathIds() {
    String[][] routes = {
      {"GET", "/api/polls/%s"},
      {"PUT", "/api/polls/%s"},
      {"DELETE", "/api/polls/%s"},
      {"POST", "/api/polls/%s/close"},
      {"POST", "/api/polls/%s/reopen"},
      {"POST", "/api/polls/%s/duplicate"},
      {"GET", "/api/polls/%s/results"},
      {"GET", "/api/polls/%s/results.png"},
      {"GET", "/api/polls/%s/export.csv"},
      {"GET", "/api/polls/%s/export.json"},
      {"GET", "/api/guilds/%s/channels"},
      {"GET", "/api/guilds/%s/roles"},
      {"GET", "/api/guilds/%s/emojis"}
    };
    for (String[] route : routes) {
      for (String id : pick(BadValues.SNOWFLAKES, 6)) {
        String body = route[0].equals("GET") || route[0].equals("DELETE") ? null : "{}";
        cases.add(
            FuzzCase.json(
                "bad id " + shorten(id), endpoint(route), route[0], route[1].formatted(id), body));
      }
    }
  }

  private void draftKeys() {
    for (String method : List.of("GET", "PUT", "DELETE")) {
      for (String key : pick(BadValues.DRAFT_KEYS, 7)) {
        String body = method.equals("PUT") ? "{\"title\":\"x\"}" : null;
        cases.add(
            FuzzCase.json(
                "bad draft key " + shorten(key),
                method + " /api/drafts/{key}",
                method,
                "/api/drafts/" + key,
                body));
      }
    }
  }

  private void queries() {
    List<String> pages = List.of("-1", "0", "1e9", "9999999", "abc", "2147483648", "", "%20");
    List<String> statuses =
        List.of("ACTIVE", "act'ive", "%3Cb%3E", "closed%3Bdrop", "x".repeat(3000), "%F0%9F%98%80");
    for (String guild : pick(BadValues.SNOWFLAKES, 8)) {
      cases.add(list("bad guild " + shorten(guild), "guild=" + guild));
    }
    cases.add(list("missing guild", "status=active"));
    for (String status : statuses) {
      cases.add(
          list("bad status " + shorten(status), "guild=" + t.guildId() + "&status=" + status));
    }
    for (String page : pick(pages, 5)) {
      cases.add(list("bad page " + page, "guild=" + t.guildId() + "&page=" + page));
      cases.add(
          list("bad size " + page, "guild=" + t.guildId() + "&size=" + pick(pages, 1).get(0)));
    }
    cases.add(list("repeated guild", "guild=" + t.guildId() + "&guild=abc"));
    for (String value : pick(BadValues.SNOWFLAKES, 6)) {
      cases.add(
          new FuzzCase(
              "callback state " + shorten(value),
              "GET /auth/callback",
              "GET",
              "/auth/callback?code=" + value + "&state=" + value,
              Map.of("Cookie", "polly_oauth_state=" + value.replace("%", "")),
              null,
              FuzzCase.Transport.CLIENT));
    }
    cases.add(
        FuzzCase.json(
            "callback error", "GET /auth/callback", "GET", "/auth/callback?error=x", null));
  }

  private FuzzCase list(String name, String query) {
    return FuzzCase.json(name, "GET /api/polls", "GET", "/api/polls?" + query, null);
  }

  private List<BodyRoute> bodyRoutes() {
    ObjectNode poll = validPoll();
    ObjectNode edit = poll.deepCopy().put("version", t.pollVersion());
    ObjectNode imported = JSON.createObjectNode().put("format", "polly.poll.v1");
    imported.set("poll", poll.deepCopy().put("opens_at", inDays(30)));
    String id = Long.toString(t.pollId());
    return List.of(
        new BodyRoute("PUT", "/api/me/preferences", "PUT /api/me/preferences", prefs()),
        new BodyRoute("PATCH", "/api/me/preferences", "PATCH /api/me/preferences", prefs()),
        new BodyRoute("POST", "/api/polls", "POST /api/polls", poll),
        new BodyRoute("PUT", "/api/polls/" + id, "PUT /api/polls/{id}", edit),
        new BodyRoute(
            "POST", "/api/polls/" + id + "/reopen", "POST /api/polls/{id}/reopen", reopen()),
        new BodyRoute(
            "POST", "/api/polls/" + id + "/duplicate", "POST /api/polls/{id}/duplicate", dup()),
        new BodyRoute("POST", "/api/polls/import", "POST /api/polls/import", imported),
        new BodyRoute("PUT", "/api/drafts/fuzz-draft", "PUT /api/drafts/{key}", draft()));
  }

  private void malformed(BodyRoute r) {
    String valid = r.valid().toString();
    List<String> bodies =
        new ArrayList<>(
            List.of(
                valid.substring(0, 1 + random.nextInt(valid.length() - 1)),
                valid + "}",
                valid + " trailing",
                "{'title': 'single quotes'}",
                "{\"a\":1,}",
                "{\"a\":NaN}",
                "{/* comment */}",
                "\uFEFF" + valid,
                "",
                "null",
                "42",
                "\"just a string\"",
                "[" + valid + "]",
                "{\"a\":\"\\uD800\"}",
                "{\"a\":\"\\x00\"}"));
    for (String body : pick(bodies, 6)) {
      cases.add(
          FuzzCase.json("malformed " + shorten(body), r.endpoint(), r.method(), r.path(), body));
    }
    byte[] invalidUtf8 = {
      '{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'
    };
    cases.add(raw("invalid UTF-8", r, "application/json", invalidUtf8));
    cases.add(raw("NUL bytes", r, "application/json", new byte[] {'{', 0, 0, '}'}));
  }

  private void nested(BodyRoute r) {
    cases.add(
        FuzzCase.json(
            "nested arrays 5000", r.endpoint(), r.method(), r.path(), deep("[", "]", 5000)));
    cases.add(
        FuzzCase.json(
            "nested objects 3000",
            r.endpoint(),
            r.method(),
            r.path(),
            deep("{\"a\":", "}", 3000, "1")));
    String field = pick(fieldsOf(r.valid()), 1).get(0);
    cases.add(
        FuzzCase.json(
            "nested in " + field,
            r.endpoint(),
            r.method(),
            r.path(),
            r.valid()
                .toString()
                .replaceFirst(
                    "\"" + field + "\":", "\"" + field + "\":" + deep("[", "]", 900) + ",\"_\":")));
  }

  private void fields(BodyRoute r, int count) {
    for (int i = 0; i < count; i++) {
      ObjectNode body = r.valid().deepCopy();
      String field = pick(fieldsOf(body), 1).get(0);
      JsonNode value = badValueFor(field);
      set(body, field, value);
      cases.add(
          FuzzCase.json(
              field + "=" + shorten(value.toString()),
              r.endpoint(),
              r.method(),
              r.path(),
              body.toString()));
    }
  }

  /**
   * Values a lenient reader would coerce or keep: a key given twice, a lone surrogate in text, a
   * float, a numeric string and a number where a string, whole number or boolean belongs.
   */
  private void strict(BodyRoute r) {
    String valid = r.valid().toString();
    String first = fieldsOf(r.valid()).get(0).substring(1);
    cases.add(
        FuzzCase.json(
            "duplicate key " + first,
            r.endpoint(),
            r.method(),
            r.path(),
            "{\"" + first + "\":null," + valid.substring(1)));
    List<JsonNode> values =
        List.of(
            TextNode.valueOf("A\uD800B"),
            TextNode.valueOf("\uDC00"),
            JSON.getNodeFactory().numberNode(1.5),
            JSON.getNodeFactory().numberNode(2.0),
            TextNode.valueOf("2"),
            TextNode.valueOf("true"),
            JSON.getNodeFactory().numberNode(111_111_111_111_111_111L));
    for (JsonNode value : values) {
      ObjectNode body = r.valid().deepCopy();
      String field = pick(fieldsOf(body), 1).get(0);
      set(body, field, value);
      cases.add(
          FuzzCase.json(
              "strict " + field + "=" + shorten(value.toString()),
              r.endpoint(),
              r.method(),
              r.path(),
              body.toString()));
    }
  }

  private void contentTypes(BodyRoute r) {
    List<String> types =
        List.of(
            "text/plain",
            "application/xml",
            "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded",
            "application/octet-stream",
            "text/html",
            "application/jso",
            "*/*");
    byte[] body = r.valid().toString().getBytes(StandardCharsets.UTF_8);
    for (String type : pick(types, 4)) {
      cases.add(raw("content type " + type, r, type, body));
    }
    cases.add(
        new FuzzCase(
            "no content type",
            r.endpoint(),
            r.method(),
            r.path(),
            Map.of(),
            body,
            FuzzCase.Transport.CLIENT));
  }

  private void oversized(BodyRoute r) {
    ObjectNode big = r.valid().deepCopy();
    big.put("padding", OVERSIZED);
    byte[] body = big.toString().getBytes(StandardCharsets.UTF_8);
    Map<String, String> json = Map.of("Content-Type", "application/json");
    cases.add(
        new FuzzCase(
            "oversized 200 KiB",
            r.endpoint(),
            r.method(),
            r.path(),
            json,
            body,
            FuzzCase.Transport.CLIENT));
    cases.add(
        new FuzzCase(
            "oversized chunked",
            r.endpoint(),
            r.method(),
            r.path(),
            json,
            body,
            FuzzCase.Transport.CHUNKED));
    cases.add(
        FuzzCase.json(
            "huge string 70k",
            r.endpoint(),
            r.method(),
            r.path(),
            replaceFirstString(r.valid(), "x".repeat(70_000))));
  }

  private JsonNode badValueFor(String field) {
    int kind = random.nextInt(4);
    if (kind == 0) {
      return parse(pick(BadValues.JSON_VALUES, 1).get(0));
    }
    if (kind == 1) {
      return TextNode.valueOf(
          random.nextInt(3) == 0 ? "y".repeat(10_000) : pick(BadValues.HOSTILE_STRINGS, 1).get(0));
    }
    if (field.endsWith("timezone")) {
      return TextNode.valueOf(pick(BadValues.ZONES, 1).get(0));
    }
    if (field.endsWith("_at")) {
      return TextNode.valueOf(pick(BadValues.TIMES, 1).get(0));
    }
    String id = pick(BadValues.SNOWFLAKES, 1).get(0);
    return TextNode.valueOf(URLDecoder.decode(id, StandardCharsets.UTF_8));
  }

  private ObjectNode validPoll() {
    ObjectNode poll =
        JSON.createObjectNode()
            .put("guild_id", Long.toString(t.guildId()))
            .put("channel_id", Long.toString(t.channelId()))
            .put("title", "Fuzz")
            .put("question", "Which?")
            .put("anonymous", false)
            .put("hide_results", false)
            .put("max_choices", 1)
            .put("opens_at", beforeNextDstGap())
            .put("duration_minutes", 60)
            .put("timezone", "Europe/Paris");
    ArrayNode options = poll.putArray("options");
    options.addObject().put("label", "Red");
    options.addObject().put("label", "Blue").put("emoji", "🔵");
    return poll;
  }

  private ObjectNode prefs() {
    return JSON.createObjectNode()
        .put("last_guild_id", Long.toString(t.guildId()))
        .put("last_channel_id", Long.toString(t.channelId()))
        .put("timezone", "Europe/Paris");
  }

  private static ObjectNode reopen() {
    return JSON.createObjectNode().put("duration_minutes", 60);
  }

  private static ObjectNode dup() {
    return JSON.createObjectNode().put("opens_at", inDays(60)).put("duration_minutes", 30);
  }

  private static ObjectNode draft() {
    ObjectNode draft = JSON.createObjectNode().put("title", "draft");
    draft.putArray("options").add("a").add("b");
    return draft;
  }

  /** Top-level fields, option fields ({@code options/0/label}) and nested poll fields. */
  private static List<String> fieldsOf(ObjectNode body) {
    List<String> fields = new ArrayList<>();
    body.fieldNames().forEachRemaining(f -> fields.add("/" + f));
    if (body.path("options").isArray() && body.path("options").path(0).isObject()) {
      fields.add("/options/0/label");
      fields.add("/options/1/emoji");
    }
    if (body.path("poll").isObject()) {
      body.path("poll").fieldNames().forEachRemaining(f -> fields.add("/poll/" + f));
    }
    return fields;
  }

  private static void set(ObjectNode body, String pointer, JsonNode value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = slash == 0 ? body : body.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent instanceof ObjectNode o) {
      o.set(last, value);
    } else if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(last), value);
    }
  }

  private static String replaceFirstString(ObjectNode valid, String huge) {
    ObjectNode copy = valid.deepCopy();
    String field =
        fieldsOf(copy).stream()
            .filter(f -> copy.at(f).isTextual())
            .findFirst()
            .orElse("/closes_at");
    set(copy, field, TextNode.valueOf(huge));
    return copy.toString();
  }

  private FuzzCase raw(String name, BodyRoute r, String type, byte[] body) {
    return new FuzzCase(
        name,
        r.endpoint(),
        r.method(),
        r.path(),
        Map.of("Content-Type", type),
        body,
        FuzzCase.Transport.CLIENT);
  }

  private static String deep(String open, String close, int depth) {
    return deep(open, close, depth, "");
  }

  private static String deep(String open, String close, int depth, String inner) {
    return open.repeat(depth) + inner + close.repeat(depth);
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> List<T> pick(List<T> from, int n) {
    List<T> copy = new ArrayList<>(from);
    java.util.Collections.shuffle(copy, random);
    return copy.subList(0, Math.min(n, copy.size()));
  }

  private static String endpoint(String[] route) {
    return route[0]
        + " "
        + route[1].replace("%s", route[1].startsWith("/api/guilds") ? "{guild}" : "{id}");
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
  }

  /**
   * Requests below the HTTP layer's comfort zone, sent over a raw socket: invalid percent escapes,
   * raw spaces and control characters in the path, a non-numeric or lying Content-Length.
   */
  public static List<FuzzCase> protocol(String token) {
    String auth = "Authorization: Bearer " + token + "\r\n";
    List<FuzzCase> raw = new ArrayList<>();
    raw.add(rawCase("invalid percent escape", "GET /api/polls/%zz HTTP/1.1\r\n" + auth));
    raw.add(rawCase("lone percent in key", "GET /api/drafts/% HTTP/1.1\r\n" + auth));
    raw.add(
        rawCase(
            "encoded slash traversal",
            "GET /api/drafts/..%2F..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\n" + auth));
    raw.add(rawCase("dot-dot segments", "GET /api/drafts/../../../etc/passwd HTTP/1.1\r\n" + auth));
    raw.add(rawCase("backslash traversal", "GET /api/drafts/..\\..\\x HTTP/1.1\r\n" + auth));
    raw.add(
        rawCase(
            "non-numeric Content-Length",
            "PUT /api/me/preferences HTTP/1.1\r\n"
                + auth
                + "Content-Type: application/json\r\nContent-Length: abc\r\n"));
    raw.add(
        rawCase(
            "Content-Length overflow",
            "PUT /api/me/preferences HTTP/1.1\r\n"
                + auth
                + "Content-Type: application/json\r\nContent-Length: 99999999999999999999\r\n"));
    raw.add(
        rawCase(
            "Content-Length larger than body",
            "PUT /api/me/preferences HTTP/1.1\r\n"
                + auth
                + "Content-Type: application/json\r\nContent-Length: 50\r\n"));
    return raw;
  }

  private static FuzzCase rawCase(String name, String head) {
    String request = head + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n{\"timezone\":\"UTC\"}";
    return new FuzzCase(
        name,
        "raw",
        "RAW",
        "",
        Map.of(),
        request.getBytes(StandardCharsets.ISO_8859_1),
        FuzzCase.Transport.RAW);
  }

  /** Today's start: the generated times are the same for the whole day (a deterministic corpus). */
  private static final java.time.Instant TODAY =
      java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS);

  /** An instant {@code days} after today's start, within the year a poll may be scheduled ahead. */
  private static String inDays(int days) {
    return TODAY.plus(java.time.Duration.ofDays(days)).toString();
  }

  /** Half an hour before Europe/Paris next skips an hour: a valid local time beside a DST gap. */
  private static String beforeNextDstGap() {
    java.time.zone.ZoneRules paris = java.time.ZoneId.of("Europe/Paris").getRules();
    java.time.zone.ZoneOffsetTransition next =
        paris.nextTransition(TODAY.plus(java.time.Duration.ofDays(2)));
    while (!next.isGap()) {
      next = paris.nextTransition(next.getInstant());
    }
    return next.getDateTimeBefore().minusMinutes(30).toString();
  }
}
