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
    List<String> json = payloads.stream().map(Json::write).toList();
    long guildId = Long.parseLong((String) payloads.get(0).get("guild_id"));
    if (!gateway.dispatchAll(guildId, "INTERACTION_CREATE", json)) {
      throw new IllegalStateException("no gateway session for guild " + guildId);
    }
    return payloads.stream().map(p -> Long.parseLong((String) p.get("id"))).toList();
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

  public void rateLimitNext(String method, String pathRegex, int retryAfterSeconds) {
    rest.rateLimitNext(method, pathRegex, retryAfterSeconds);
  }

  public List<RecordedCall> calls() {
    return rest.calls();
  }

  public List<RecordedCall> calls(Predicate<RecordedCall> filter) {
    return rest.calls().stream().filter(filter).toList();
  }

  /** The callback (reply) sent for an interaction, if any. */
  public java.util.Optional<JsonNode> replyTo(long interactionId) {
    return calls(c -> c.is("POST", "/interactions/" + interactionId + "/.*/callback")).stream()
        .findFirst()
        .map(RecordedCall::json);
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
