package dev.polly.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A local fake of Discord for tests driving the real JDA: REST on a JDK HTTP server and the gateway
 * on a Java-WebSocket server, both on free loopback ports. Every REST call is recorded; tests send
 * interactions through {@link #interact} and read what the bot did through {@link #calls}.
 */
public final class FakeDiscord implements AutoCloseable {
  public static final String TOKEN = "fake-bot-token";
  public static final long BOT_ID = 1000;

  private final FakeRest rest;
  private final FakeGateway gateway;
  private final FakeGuild guild;
  private final Interactions interactions = new Interactions(BOT_ID);

  private FakeDiscord(List<FakeGuild> guilds, int recommendedShards) throws Exception {
    this.guild = guilds.get(0);
    this.rest = new FakeRest(TOKEN, BOT_ID);
    this.gateway = new FakeGateway(BOT_ID, guilds);
    gateway.startAndWait();
    rest.gateway(gateway.url(), recommendedShards);
  }

  public static FakeDiscord start() throws Exception {
    return new FakeDiscord(List.of(FakeGuild.standard(BOT_ID)), 1);
  }

  public static FakeDiscord start(List<FakeGuild> guilds, int recommendedShards) throws Exception {
    return new FakeDiscord(guilds, recommendedShards);
  }

  /** REST base for {@code RestConfig.setBaseUrl}, ending in {@code /api/v10/}. */
  public String apiBaseUrl() {
    return rest.baseUrl();
  }

  public String gatewayUrl() {
    return gateway.url();
  }

  public FakeGuild guild() {
    return guild;
  }

  public Interactions interactions() {
    return interactions;
  }

  public int gatewaySessions() {
    return gateway.sessions();
  }

  /** Dispatches INTERACTION_CREATE built by {@link #interactions()}; returns its id. */
  public long interact(Map<String, Object> payload) {
    remember(payload);
    long guildId = Long.parseLong((String) payload.get("guild_id"));
    if (!gateway.dispatch(guildId, "INTERACTION_CREATE", payload)) {
      throw new IllegalStateException("no gateway session for guild " + guildId);
    }
    return Long.parseLong((String) payload.get("id"));
  }

  /**
   * Dispatches many INTERACTION_CREATE payloads of one guild back to back, serialized beforehand so
   * that sending them takes as little time as possible; returns their ids in order.
   */
  public List<Long> interactAll(List<Map<String, Object>> payloads) {
    payloads.forEach(this::remember);
    List<String> json = payloads.stream().map(Json::write).toList();
    long guildId = Long.parseLong((String) payloads.get(0).get("guild_id"));
    if (!gateway.dispatchAll(guildId, "INTERACTION_CREATE", json)) {
      throw new IllegalStateException("no gateway session for guild " + guildId);
    }
    return payloads.stream().map(p -> Long.parseLong((String) p.get("id"))).toList();
  }

  private void remember(Map<String, Object> payload) {
    rest.interaction(
        (String) payload.get("token"), Long.parseLong((String) payload.get("channel_id")));
  }

  /** Dispatches any gateway event (e.g. CHANNEL_CREATE) to the shard owning the guild. */
  public void dispatch(long guildId, String type, Map<String, Object> data) {
    gateway.dispatch(guildId, type, data);
  }

  /** Answers the next {@code method} call whose path matches with a 429 and Retry-After. */
  /** The next {@code times} requests matching are answered 500, as a Discord outage would. */
  public void failNext(String method, String pathRegex, int times) {
    rest.failNext(method, pathRegex, times);
  }

  /**
   * The next {@code times} requests matching take {@code delay} longer before they are answered
   * (and recorded), as a slow Discord would; other requests are served meanwhile.
   */
  public void slowNext(String method, String pathRegex, int times, java.time.Duration delay) {
    rest.slowNext(method, pathRegex, times, delay);
  }

  /**
   * The most edits of deferred replies ({@code PATCH .../messages/@original}) that were being
   * served at the same moment, counted while their {@link #slowNext} delay ran.
   */
  public int mostAnswerEditsAtOnce() {
    return rest.mostAnswerEditsAtOnce();
  }

  public void rateLimitNext(String method, String pathRegex, int retryAfterSeconds) {
    rest.rateLimitNext(method, pathRegex, retryAfterSeconds);
  }

  public List<RecordedCall> calls() {
    return rest.calls();
  }

  public List<RecordedCall> calls(Predicate<RecordedCall> filter) {
    return rest.calls().stream().filter(filter).toList();
  }

  /**
   * The answer the member sees for an interaction, as an interaction callback body: the callback
   * itself when the bot answered at once (or opened a modal), or, for a deferred reply (callback
   * type 5), {@code {"type": 4, "deferred": true, "data": <the edit or follow-up that answered it,
   * with the deferral's flags>}} once that answer arrived. Empty while there is no answer yet.
   */
  public java.util.Optional<JsonNode> replyTo(long interactionId) {
    java.util.Optional<RecordedCall> callback = rest.callback(interactionId);
    if (callback.isEmpty()) {
      return java.util.Optional.empty();
    }
    JsonNode json = callback.get().json();
    if (json.path("type").asInt() != 5) {
      return java.util.Optional.of(json);
    }
    return rest.deferredAnswer("tok-" + interactionId)
        .map(
            answer -> {
              var data =
                  ((com.fasterxml.jackson.databind.node.ObjectNode) answer.json()).deepCopy();
              data.put("flags", json.path("data").path("flags").asInt());
              var reply = Json.MAPPER.createObjectNode();
              reply.put("type", 4).put("deferred", true).set("data", data);
              return reply;
            });
  }

  /** The interaction callback the bot sent (e.g. type 5 for a deferred reply), if any. */
  public java.util.Optional<RecordedCall> callbackTo(long interactionId) {
    return rest.callback(interactionId);
  }

  /** The edit or follow-up that answered a deferred reply, if any. */
  public java.util.Optional<RecordedCall> deferredAnswerTo(long interactionId) {
    return rest.deferredAnswer("tok-" + interactionId);
  }

  /**
   * Messages posted to a channel, oldest first: one entry per message created (a repeated nonce
   * that returned an earlier message is not a new post).
   */
  public List<RecordedCall> posts(long channelId) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return calls(c -> c.is("POST", "/channels/" + channelId + "/messages") && c.status() == 200)
        .stream()
        .filter(c -> seen.add(c.responseJson().path("id").asText()))
        .toList();
  }

  /** Successful edits of one message, oldest first. */
  public List<RecordedCall> edits(long channelId, long messageId) {
    return calls(
        c ->
            c.is("PATCH", "/channels/" + channelId + "/messages/" + messageId)
                && c.status() == 200);
  }

  /** The message id Discord gave the n-th post in a channel (ids are not in requests). */
  public long postedMessageId(long channelId, int index) {
    return posts(channelId).get(index).responseJson().path("id").asLong();
  }

  @Override
  public void close() throws Exception {
    rest.close();
    gateway.stop(1000);
  }
}
