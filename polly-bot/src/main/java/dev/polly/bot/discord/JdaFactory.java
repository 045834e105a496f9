package dev.polly.bot.discord;

import com.codahale.metrics.Meter;
import dev.polly.bot.ShardSettings;
import dev.polly.common.config.DiscordFactory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * Builds the bot's JDA from configuration: token, minimal intents (guilds implicitly, plus
 * expressions for the emoji cache and members for permission changes), REST base URL and gateway
 * overrides, no compression, and either one unsharded connection or a {@link ShardManager} with the
 * configured shards.
 */
public final class JdaFactory {
  /**
   * Emojis for the emoji cache; guild members (privileged: enable "Server Members Intent" in the
   * developer portal) so the bot sees role changes and departures that end a dashboard user's
   * Manage Server permission.
   */
  static final EnumSet<GatewayIntent> INTENTS =
      EnumSet.of(GatewayIntent.GUILD_EXPRESSIONS, GatewayIntent.GUILD_MEMBERS);

  static final int IDLE_CONNECTIONS = 64;

  private final DiscordFactory discord;
  private final ShardSettings shards;
  private final int handlerThreads;
  private final Meter rateLimited;

  public JdaFactory(
      DiscordFactory discord, ShardSettings shards, int handlerThreads, Meter rateLimited) {
    this.discord = discord;
    this.shards = shards;
    this.handlerThreads = handlerThreads;
    this.rateLimited = rateLimited;
  }

  /** Connects an unsharded JDA; blocks until the token is verified (not until ready). */
  JDA single(List<Object> listeners) {
    return JDABuilder.create(discord.getToken(), INTENTS)
        .setRestConfig(restConfig())
        .setSessionController(new GatewayOverride(discord.getGatewayUrl()))
        .setCompression(Compression.NONE)
        .setHttpClientBuilder(httpClient())
        .setEventPool(handlerPool(), true)
        .setMemberCachePolicy(MemberCachePolicy.NONE)
        .setChunkingFilter(ChunkingFilter.NONE)
        .disableCache(EnumSet.complementOf(EnumSet.of(CacheFlag.EMOJI)))
        .enableCache(CacheFlag.EMOJI)
        .setEnableShutdownHook(false)
        .addEventListeners(listeners.toArray())
        .build();
  }

  /** Starts a shard manager running {@code shards.ids} (or all) of {@code shards.total}. */
  ShardManager sharded(List<Object> listeners) {
    DefaultShardManagerBuilder builder =
        DefaultShardManagerBuilder.create(discord.getToken(), INTENTS)
            .setRestConfig(restConfig())
            .setSessionController(new GatewayOverride(discord.getGatewayUrl()))
            .setCompression(Compression.NONE)
            .setHttpClientBuilder(httpClient())
            .setEventPool(handlerPool(), true)
            .setMemberCachePolicy(MemberCachePolicy.NONE)
            .setChunkingFilter(ChunkingFilter.NONE)
            .disableCache(EnumSet.complementOf(EnumSet.of(CacheFlag.EMOJI)))
            .enableCache(CacheFlag.EMOJI)
            .setEnableShutdownHook(false)
            .setShardsTotal(shards.getTotal())
            .addEventListeners(new ArrayList<>(listeners));
    if (!shards.getIds().isEmpty()) {
      builder.setShards(shards.getIds());
    }
    return builder.build();
  }

  /** How many shards this process runs when sharded. */
  int expectedShards() {
    return shards.getIds().isEmpty() ? shards.getTotal() : shards.getIds().size();
  }

  boolean isSharded() {
    return shards.sharded();
  }

  private RestConfig restConfig() {
    String base = discord.getApiBaseUrl();
    return new RestConfig().setBaseUrl(base.endsWith("/") ? base : base + "/");
  }

  /**
   * OkHttp with room for {@value #IDLE_CONNECTIONS} idle connections (OkHttp keeps 5 by default):
   * JDA sends every interaction request on a thread of its own, so a vote burst has dozens of
   * requests in flight, and over HTTP/1.1 every connection beyond the idle ones was closed after
   * its request and opened anew for the next (JFR showed the TCP connects in the bot's CPU).
   */
  private OkHttpClient.Builder httpClient() {
    return new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(IDLE_CONNECTIONS, 1, TimeUnit.MINUTES))
        .addInterceptor(new RateLimitMeter(rateLimited));
  }

  private ExecutorService handlerPool() {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(
        handlerThreads,
        r -> {
          Thread thread = new Thread(r, "polly-handler-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }
}
