package dev.polly.bot.fake;

import static dev.polly.bot.fake.Json.obj;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord's REST API as far as Polly uses it, on a JDK {@link HttpServer} bound to a free loopback
 * port. Records every call; answers like Discord with {@code X-RateLimit-*} headers; on request,
 * answers the next matching call with a 429 and {@code Retry-After}.
 */
final class FakeRest implements AutoCloseable {
  private final HttpServer server;

  /** Like Discord, answers many requests at once: a slow one does not hold up the others. */
  private final ExecutorService pool = Executors.newFixedThreadPool(64);

  private final ConcurrentLinkedQueue<RecordedCall> calls = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<RateLimitRule> rateLimits = new ConcurrentLinkedQueue<>();
  private final Map<Long, String> messageBodies = new ConcurrentHashMap<>();
  private final AtomicLong messageIds = new AtomicLong(600_000);

  /**
   * Messages created with {@code enforce_nonce}, by channel and nonce, as Discord remembers them.
   */
  private final Map<String, Long> nonces = new ConcurrentHashMap<>();

  /** Rules that make the next matching requests fail with a 500 (Discord having trouble). */
  private final java.util.Queue<FailRule> failures = new ConcurrentLinkedQueue<>();

  record FailRule(
      String method, String pathRegex, java.util.concurrent.atomic.AtomicInteger left) {}

  /** Requests made slow on purpose, and how many answer edits were served at once. */
  private final Slowdowns slowdowns = new Slowdowns();

  /** Interaction callbacks by interaction id, and the answers to deferred ones by token. */
  private final Map<Long, RecordedCall> callbacks = new ConcurrentHashMap<>();

  private final Map<String, RecordedCall> deferredAnswers = new ConcurrentHashMap<>();

  /** The channel each dispatched interaction came from, by token, for webhook message replies. */
  private final Map<String, Long> interactionChannels = new ConcurrentHashMap<>();

  private final String validToken;
  private final long botId;
  private volatile String gatewayUrl = "";
  private volatile int recommendedShards = 1;

  record RateLimitRule(String method, String pathRegex, int retryAfterSeconds) {}

  FakeRest(String validToken, long botId) throws IOException {
    this.validToken = validToken;
    this.botId = botId;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/";
  }

  void gateway(String url, int shards) {
    this.gatewayUrl = url;
    this.recommendedShards = shards;
  }

  List<RecordedCall> calls() {
    return List.copyOf(calls);
  }

  void failNext(String method, String pathRegex, int times) {
    failures.add(
        new FailRule(method, pathRegex, new java.util.concurrent.atomic.AtomicInteger(times)));
  }

  private boolean takeFailure(String method, String path) {
    for (FailRule rule : failures) {
      if (rule.method().equals(method) && path.matches(rule.pathRegex())) {
        if (rule.left().getAndDecrement() > 0) {
          return true;
        }
        failures.remove(rule);
      }
    }
    return false;
  }

  /** The most edits of deferred replies that were in the fake Discord's hands at once. */
  int mostAnswerEditsAtOnce() {
    return slowdowns.mostAnswerEditsAtOnce();
  }

  void slowNext(String method, String pathRegex, int times, java.time.Duration delay) {
    slowdowns.slowNext(method, pathRegex, times, delay);
  }

  void rateLimitNext(String method, String pathRegex, int retryAfterSeconds) {
    rateLimits.add(new RateLimitRule(method, pathRegex, retryAfterSeconds));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath().replaceFirst("^/api/v10", "");
      byte[] raw = exchange.getRequestBody().readAllBytes();
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      Multipart.Body parts =
          Multipart.is(contentType)
              ? Multipart.parse(contentType, raw)
              : new Multipart.Body(new String(raw, StandardCharsets.UTF_8), Map.of());
      String body = parts.json();
      slowdowns.serve(method, path);
      RateLimitRule limit = takeRateLimit(method, path);
      Response response =
          limit != null
              ? rateLimited(exchange, limit)
              : takeFailure(method, path)
                  ? new Response(500, "{\"message\": \"500: Internal Server Error\", \"code\": 0}")
                  : route(exchange, method, path, body);
      RecordedCall call =
          new RecordedCall(
              method,
              path,
              exchange.getRequestURI().getQuery(),
              body,
              parts.files(),
              response.status(),
              response.body(),
              Instant.now());
      calls.add(call);
      index(call);
      send(exchange, response);
    }
  }

  /** Remembers successful interaction callbacks and answers to deferred replies. */
  private void index(RecordedCall call) {
    if (call.status() >= 300) {
      return;
    }
    String[] parts = call.path().split("/");
    if (call.is("POST", "/interactions/\\d+/[^/]+/callback")) {
      callbacks.putIfAbsent(Long.parseLong(parts[2]), call);
    } else if (call.is("PATCH", "/webhooks/\\d+/[^/]+/messages/@original")
        || call.is("POST", "/webhooks/\\d+/[^/]+")) {
      deferredAnswers.putIfAbsent(parts[3], call);
    }
  }

  /** A dispatched interaction's token and channel, so its webhook replies name the channel. */
  void interaction(String token, long channelId) {
    interactionChannels.put(token, channelId);
  }

  java.util.Optional<RecordedCall> callback(long interactionId) {
    return java.util.Optional.ofNullable(callbacks.get(interactionId));
  }

  /** The first answer (edit of the original, or follow-up) to a deferred reply, by token. */
  java.util.Optional<RecordedCall> deferredAnswer(String token) {
    return java.util.Optional.ofNullable(deferredAnswers.get(token));
  }

  private RateLimitRule takeRateLimit(String method, String path) {
    for (RateLimitRule rule : rateLimits) {
      if (rule.method().equals(method)
          && path.matches(rule.pathRegex())
          && rateLimits.remove(rule)) {
        return rule;
      }
    }
    return null;
  }

  private record Response(int status, String body) {}

  private Response rateLimited(HttpExchange exchange, RateLimitRule rule) {
    var headers = exchange.getResponseHeaders();
    headers.add("Retry-After", Integer.toString(rule.retryAfterSeconds()));
    headers.add("X-RateLimit-Limit", "5");
    headers.add("X-RateLimit-Remaining", "0");
    headers.add("X-RateLimit-Reset-After", rule.retryAfterSeconds() + ".000");
    headers.add("X-RateLimit-Scope", "user");
    headers.add("via", "1.1 fake-discord");
    return new Response(
        429,
        Json.write(
            obj(
                "message",
                "You are being rate limited.",
                "retry_after",
                (double) rule.retryAfterSeconds(),
                "global",
                false)));
  }

  private Response route(HttpExchange exchange, String method, String path, String body) {
    var headers = exchange.getResponseHeaders();
    headers.add("X-RateLimit-Limit", "50");
    headers.add("X-RateLimit-Remaining", "49");
    headers.add("X-RateLimit-Reset-After", "0.100");
    headers.add("via", "1.1 fake-discord");
    if (method.equals("GET") && path.equals("/users/@me")) {
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      return ("Bot " + validToken).equals(auth)
          ? new Response(200, Json.write(FakeGuild.botUser(botId)))
          : new Response(401, "{\"message\": \"401: Unauthorized\", \"code\": 0}");
    }
    if (method.equals("GET") && path.equals("/gateway/bot")) {
      return new Response(
          200,
          Json.write(
              obj(
                  "url",
                  gatewayUrl,
                  "shards",
                  recommendedShards,
                  "session_start_limit",
                  obj("total", 1000, "remaining", 1000, "reset_after", 0, "max_concurrency", 1))));
    }
    if (method.equals("PUT") && path.matches("/applications/\\d+/commands")) {
      return new Response(200, "[]");
    }
    if (method.equals("POST") && path.matches("/interactions/\\d+/[^/]+/callback")) {
      return new Response(204, "");
    }
    if (method.equals("PATCH") && path.matches("/webhooks/\\d+/[^/]+/messages/@original")
        || method.equals("POST") && path.matches("/webhooks/\\d+/[^/]+")) {
      long channelId = interactionChannels.getOrDefault(path.split("/")[3], 0L);
      Map<String, Object> message = message(channelId, messageIds.incrementAndGet(), body);
      message.put("flags", 64);
      return new Response(200, Json.write(message));
    }
    if (method.equals("POST") && path.matches("/channels/\\d+/messages")) {
      long channelId = Long.parseLong(path.split("/")[2]);
      String nonce = enforcedNonce(body);
      Long earlier = nonce == null ? null : nonces.get(channelId + "/" + nonce);
      if (earlier != null) {
        return new Response(
            200, Json.write(message(channelId, earlier, messageBodies.get(earlier))));
      }
      long messageId = messageIds.incrementAndGet();
      messageBodies.put(messageId, body);
      if (nonce != null) {
        nonces.put(channelId + "/" + nonce, messageId);
      }
      return new Response(200, Json.write(message(channelId, messageId, body)));
    }
    if (method.equals("PATCH") && path.matches("/channels/\\d+/messages/\\d+")) {
      String[] parts = path.split("/");
      long messageId = Long.parseLong(parts[4]);
      messageBodies.put(messageId, body);
      return new Response(200, Json.write(message(Long.parseLong(parts[2]), messageId, body)));
    }
    return new Response(404, "{\"message\": \"Unknown route\", \"code\": 0}");
  }

  private Map<String, Object> message(long channelId, long messageId, String requestBody) {
    String content = Json.MAPPER.valueToTree(parse(requestBody)).path("content").asText("");
    return obj(
        "id",
        Long.toString(messageId),
        "type",
        0,
        "channel_id",
        Long.toString(channelId),
        "author",
        FakeGuild.botUser(botId),
        "content",
        content,
        "timestamp",
        Instant.now().toString(),
        "edited_timestamp",
        null,
        "tts",
        false,
        "mention_everyone",
        false,
        "mentions",
        List.of(),
        "mention_roles",
        List.of(),
        "attachments",
        List.of(),
        "embeds",
        List.of(),
        "components",
        List.of(),
        "pinned",
        false,
        "flags",
        0);
  }

  /** The nonce of a create-message body sent with {@code enforce_nonce: true}, else null. */
  private static String enforcedNonce(String body) {
    var json = Json.MAPPER.valueToTree(parse(body));
    return json.path("enforce_nonce").asBoolean(false) && json.hasNonNull("nonce")
        ? json.path("nonce").asText()
        : null;
  }

  private static Object parse(String body) {
    try {
      return body.isBlank() ? Map.of() : Json.MAPPER.readValue(body, Object.class);
    } catch (IOException e) {
      return Map.of();
    }
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
    if (response.status() == 204) {
      exchange.sendResponseHeaders(204, -1);
      return;
    }
    exchange.sendResponseHeaders(response.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
