package dev.polly.bot.discord;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's connection to Discord, owned by Dropwizard's lifecycle: {@link #start} logs in and
 * waits until every shard is ready; {@link #stop} shuts JDA down gracefully (pending requests
 * finish, then the gateway closes). Features look channels up through it, whichever shard holds
 * them.
 */
public final class DiscordConnection implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordConnection.class);
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);
  private static final Duration SHARD_CREATION_WAIT = Duration.ofMinutes(2);

  private final JdaFactory factory;
  private final List<Object> listeners = new CopyOnWriteArrayList<>();
  private volatile JDA single;
  private volatile ShardManager manager;

  public DiscordConnection(JdaFactory factory) {
    this.factory = factory;
  }

  /** Registers a JDA event listener; only effective before {@link #start}. */
  public void addListener(Object listener) {
    listeners.add(listener);
  }

  @Override
  public void start() throws InterruptedException {
    try {
      if (factory.isSharded()) {
        manager = factory.sharded(List.copyOf(listeners));
      } else {
        single = factory.single(List.copyOf(listeners));
      }
    } catch (InvalidTokenException e) {
      throw new DiscordLoginException(
          "Discord rejected DISCORD_TOKEN (401 Unauthorized at /users/@me): check the bot token;"
              + " see README, Configuration");
    }
    awaitShardsCreated();
    for (JDA jda : shards()) {
      jda.awaitReady();
    }
    LOG.info("Connected to Discord with {} shard(s)", shards().size());
  }

  /** A shard manager creates its shards one after another; wait until all exist. */
  private void awaitShardsCreated() throws InterruptedException {
    if (manager == null) {
      return;
    }
    long deadline = System.nanoTime() + SHARD_CREATION_WAIT.toNanos();
    while (manager.getShards().size() < factory.expectedShards() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  @Override
  public void stop() throws InterruptedException {
    if (manager != null) {
      manager.shutdown();
    }
    if (single != null) {
      single.shutdown();
      if (!single.awaitShutdown(SHUTDOWN_WAIT)) {
        single.shutdownNow();
      }
    }
  }

  /** The running shards (one when unsharded); empty before start. */
  public List<JDA> shards() {
    if (manager != null) {
      return new ArrayList<>(manager.getShards());
    }
    return single == null ? List.of() : List.of(single);
  }

  /** True when every shard's gateway session is connected. */
  public boolean connected() {
    List<JDA> shards = shards();
    return !shards.isEmpty()
        && shards.stream().allMatch(jda -> jda.getStatus() == JDA.Status.CONNECTED);
  }

  /** A text channel the bot can see, from whichever shard has it. */
  public Optional<GuildMessageChannel> channel(long channelId) {
    for (JDA jda : shards()) {
      GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, channelId);
      if (channel != null) {
        return Optional.of(channel);
      }
    }
    return Optional.empty();
  }
}
