package dev.polly.api.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local fake of the parts of Discord's REST API and OAuth that polly-api calls, on a free port
 * (JDK {@code HttpServer}). Users are identified by their access token; the bot by {@code Bot
 * <token>}. Scripted responses (e.g. a 429) can be queued per path, and every request is counted.
 */
public final class FakeDiscord implements AutoCloseable {
  public static final String BOT_TOKEN = "bot-token";
  public static final String CLIENT_ID = "client-1";
  public static final String CLIENT_SECRET = "secret-1";

  /** The bot's own user id, answered by {@code GET /users/@me} with the bot token. */
  public static final long BOT_USER_ID = 8_000_000_000_000_000_001L;

  /** A user known to the fake: their code, token, identity and guild memberships (JSON). */
  public record User(String code, String token, long id, String name, String guildsJson) {}

  /** A scripted answer. */
  public record Scripted(int status, Map<String, String> headers, String body) {}

  private final HttpServer server;
  private final Map<String, User> byCode = new ConcurrentHashMap<>();
  private final Map<String, User> byToken = new ConcurrentHashMap<>();
  private final Map<String, String> botJson = new ConcurrentHashMap<>();
  private final Map<String, Deque<Scripted>> scripted = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final Map<String, String> lastQuery = new ConcurrentHashMap<>();
  private volatile String botGuildsJson = "[]";
  private volatile User authorizing;
  private final java.util.Set<String> failing = ConcurrentHashMap.newKeySet();

  public FakeDiscord() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * A fake with no users and no guilds, for apps that must never call Discord (each call is
   * counted).
   */
  public static FakeDiscord empty() {
    try {
      return new FakeDiscord();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10";
  }

  /** Discord's OAuth2 authorize page on this fake (set {@code discord.authorizeUrl} to it). */
  public String authorizeUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/authorize";
  }

  /**
   * The user who "approves" on the authorize page: it redirects to {@code redirect_uri} with their
   * code and the given state, as Discord does after the user clicks Authorize; null answers 400.
   */
  public void authorizeAs(User user) {
    authorizing = user;
  }

  public void addUser(User user) {
    byCode.put(user.code(), user);
    byToken.put(user.token(), user);
  }

  public void botGuilds(String json) {
    botGuildsJson = json;
  }

  /** The bot-token answer of {@code path} (e.g. {@code /guilds/1/channels}). */
  public void botGet(String path, String json) {
    botJson.put(path, json);
  }

  /**
   * What the bot's channel permissions are computed from: the guild ({@code GET /guilds/{id}}: its
   * owner and roles with permission bits, {@code rolesJson}) and the bot's member ({@code GET
   * /guilds/{id}/members/{bot}}) with these role ids.
   */
  public void guildPermissions(long guildId, long ownerId, String rolesJson, long... botRoles) {
    botGet(
        "/guilds/" + guildId,
        "{\"id\":\""
            + guildId
            + "\",\"owner_id\":\""
            + ownerId
            + "\",\"roles\":"
            + rolesJson
            + "}");
    StringBuilder roles = new StringBuilder("[");
    for (long role : botRoles) {
      roles.append(roles.length() > 1 ? "," : "").append('"').append(role).append('"');
    }
    botGet(
        "/guilds/" + guildId + "/members/" + BOT_USER_ID,
        "{\"user\":{\"id\":\""
            + BOT_USER_ID
            + "\",\"username\":\"polly\",\"bot\":true},\"roles\":"
            + roles
            + "]}");
  }

  /**
   * Makes {@code userId} a member of the guild with these role ids ({@code GET
   * /guilds/{id}/members/{user}} with the bot token), replacing their roles if already a member.
   */
  public void member(long guildId, long userId, long... roleIds) {
    StringBuilder roles = new StringBuilder("[");
    for (long role : roleIds) {
      roles.append(roles.length() > 1 ? "," : "").append('"').append(role).append('"');
    }
    botGet(
        "/guilds/" + guildId + "/members/" + userId,
        "{\"user\":{\"id\":\"" + userId + "\"},\"roles\":" + roles + "]}");
  }

  /** The user leaves the guild: their member lookup answers 404 (Unknown Member). */
  public void removeMember(long guildId, long userId) {
    botJson.remove("/guilds/" + guildId + "/members/" + userId);
  }

  /** Every request to {@code path} answers 502 until {@link #recover} (Discord is down for it). */
  public void fail(String path) {
    failing.add(path);
  }

  public void recover(String path) {
    failing.remove(path);
  }

  /** Queues answers for the next requests to {@code path}; normal handling resumes afterwards. */
  public void script(String path, Scripted... answers) {
    scripted.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(answers));
  }

  /** The query string of the latest request to {@code path} ("" when none). */
  public String lastQuery(String path) {
    return lastQuery.getOrDefault(path, "");
  }

  /** Requests of any path so far. */
  public int totalHits() {
    return hits.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath().replaceFirst("^/api/v10", "");
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    String query = ex.getRequestURI().getRawQuery();
    lastQuery.put(path, query == null ? "" : query);
    byte[] body = ex.getRequestBody().readAllBytes();
    if (failing.contains(path)) {
      send(ex, 502, "{\"message\":\"Bad Gateway\"}");
      return;
    }
    Deque<Scripted> queue = scripted.get(path);
    Scripted next = queue == null ? null : queue.poll();
    if (next != null) {
      next.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      send(ex, next.status(), next.body());
      return;
    }
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    if (path.equals("/oauth2/authorize")) {
      authorize(ex, query == null ? "" : query);
    } else if (path.equals("/gateway")) {
      send(ex, 200, "{\"url\":\"wss://fake\"}");
    } else if (path.equals("/oauth2/token")) {
      token(ex, new String(body, StandardCharsets.UTF_8));
    } else if (auth != null && auth.equals("Bot " + BOT_TOKEN)) {
      bot(ex, path);
    } else if (auth != null
        && auth.startsWith("Bearer ")
        && byToken.containsKey(auth.substring(7))) {
      user(ex, path, byToken.get(auth.substring(7)));
    } else {
      send(ex, 401, "{\"message\":\"401: Unauthorized\",\"code\":0}");
    }
  }

  private void authorize(HttpExchange ex, String query) throws IOException {
    Map<String, String> params = form(query);
    User user = authorizing;
    String redirect = params.get("redirect_uri");
    if (user == null || redirect == null || !CLIENT_ID.equals(params.get("client_id"))) {
      send(ex, 400, "{\"error\":\"invalid_request\"}");
      return;
    }
    String state =
        java.net.URLEncoder.encode(params.getOrDefault("state", ""), StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Location", redirect + "?code=" + user.code() + "&state=" + state);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private static Map<String, String> form(String form) {
    Map<String, String> params = new ConcurrentHashMap<>();
    for (String pair : form.split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv.length == 2) {
        params.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
      }
    }
    return params;
  }

  private void token(HttpExchange ex, String body) throws IOException {
    Map<String, String> params = form(body);
    User user = byCode.get(params.getOrDefault("code", ""));
    if (user == null
        || !CLIENT_ID.equals(params.get("client_id"))
        || !CLIENT_SECRET.equals(params.get("client_secret"))) {
      send(ex, 400, "{\"error\":\"invalid_grant\"}");
      return;
    }
    send(
        ex,
        200,
        "{\"access_token\":\""
            + user.token()
            + "\",\"token_type\":\"Bearer\",\"expires_in\":604800,\"scope\":\"identify guilds\"}");
  }

  private void user(HttpExchange ex, String path, User user) throws IOException {
    switch (path) {
      case "/users/@me" ->
          send(
              ex,
              200,
              "{\"id\":\""
                  + user.id()
                  + "\",\"username\":\""
                  + user.name()
                  + "\",\"avatar\":null}");
      case "/users/@me/guilds" -> send(ex, 200, user.guildsJson());
      default -> send(ex, 404, "{\"message\":\"Unknown\"}");
    }
  }

  private void bot(HttpExchange ex, String path) throws IOException {
    if (path.equals("/users/@me/guilds")) {
      send(ex, 200, botGuildsJson);
      return;
    }
    if (path.equals("/users/@me")) {
      send(ex, 200, "{\"id\":\"" + BOT_USER_ID + "\",\"username\":\"polly\",\"bot\":true}");
      return;
    }
    String json = botJson.get(path);
    if (json == null) {
      send(ex, 404, "{\"message\":\"Unknown Guild\",\"code\":10004}");
    } else {
      send(ex, 200, json);
    }
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
