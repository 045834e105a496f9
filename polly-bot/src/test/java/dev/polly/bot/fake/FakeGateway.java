package dev.polly.bot.fake;

import static dev.polly.bot.fake.Json.obj;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway as JDA 6.5.0 needs it (see shared/FAKE-DISCORD.md): HELLO on open, READY plus
 * GUILD_CREATE after IDENTIFY, heartbeat ACKs, and dispatches to the shard that owns a guild.
 */
final class FakeGateway extends WebSocketServer {
  private final CountDownLatch started = new CountDownLatch(1);
  private final Map<WebSocket, Shard> shards = new ConcurrentHashMap<>();
  private final List<FakeGuild> guilds;
  private final long botId;

  private record Shard(int id, int total, AtomicInteger seq) {}

  FakeGateway(long botId, List<FakeGuild> guilds) {
    super(new InetSocketAddress("127.0.0.1", 0));
    this.botId = botId;
    this.guilds = List.copyOf(guilds);
    setReuseAddr(true);
  }

  void startAndWait() throws InterruptedException {
    start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("fake gateway did not start");
    }
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/";
  }

  /** Number of identified shard sessions. */
  int sessions() {
    return shards.size();
  }

  /** Sends already-serialized dispatch data (one JSON object each) back to back to one guild. */
  boolean dispatchAll(long guildId, String type, java.util.List<String> dataJson) {
    for (Map.Entry<WebSocket, Shard> entry : shards.entrySet()) {
      Shard shard = entry.getValue();
      if ((guildId >> 22) % shard.total() == shard.id() && entry.getKey().isOpen()) {
        synchronized (entry.getKey()) {
          for (String data : dataJson) {
            entry
                .getKey()
                .send(
                    "{\"op\":0,\"t\":\""
                        + type
                        + "\",\"s\":"
                        + shard.seq().incrementAndGet()
                        + ",\"d\":"
                        + data
                        + "}");
          }
        }
        return true;
      }
    }
    return false;
  }

  /** Sends a dispatch event to the session owning {@code guildId}; false if none is connected. */
  boolean dispatch(long guildId, String type, Map<String, Object> data) {
    for (Map.Entry<WebSocket, Shard> entry : shards.entrySet()) {
      Shard shard = entry.getValue();
      if ((guildId >> 22) % shard.total() == shard.id() && entry.getKey().isOpen()) {
        send(entry.getKey(), shard, type, data);
        return true;
      }
    }
    return false;
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    conn.send(Json.write(obj("op", 10, "d", obj("heartbeat_interval", 41250))));
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    try {
      JsonNode frame = Json.MAPPER.readTree(message);
      int op = frame.path("op").asInt();
      if (op == 1) {
        conn.send("{\"op\":11}");
      } else if (op == 2) {
        identify(conn, frame.path("d"));
      } else if (op == 6) {
        Shard shard = shards.get(conn);
        if (shard != null) {
          send(conn, shard, "RESUMED", obj());
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void identify(WebSocket conn, JsonNode d) {
    JsonNode shardInfo = d.path("shard");
    int id = shardInfo.isArray() ? shardInfo.get(0).asInt() : 0;
    int total = shardInfo.isArray() ? shardInfo.get(1).asInt() : 1;
    Shard shard = new Shard(id, total, new AtomicInteger());
    List<FakeGuild> mine = guilds.stream().filter(g -> (g.id() >> 22) % total == id).toList();
    List<Object> unavailable = new ArrayList<>();
    mine.forEach(g -> unavailable.add(obj("id", Long.toString(g.id()), "unavailable", true)));
    send(
        conn,
        shard,
        "READY",
        obj(
            "v",
            10,
            "user",
            FakeGuild.botUser(botId),
            "guilds",
            unavailable,
            "private_channels",
            List.of(),
            "relationships",
            List.of(),
            "session_id",
            "session-" + id,
            "resume_gateway_url",
            url(),
            "application",
            obj("id", Long.toString(botId), "flags", 0),
            "shard",
            List.of(id, total)));
    for (FakeGuild guild : mine) {
      send(conn, shard, "GUILD_CREATE", guild.guildCreate());
    }
    shards.put(conn, shard);
  }

  private static void send(WebSocket conn, Shard shard, String type, Map<String, Object> data) {
    synchronized (conn) {
      conn.send(Json.write(obj("op", 0, "t", type, "s", shard.seq().incrementAndGet(), "d", data)));
    }
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    shards.remove(conn);
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {
    // A client going away mid-test is normal; JDA reconnects if it needs to.
  }
}
