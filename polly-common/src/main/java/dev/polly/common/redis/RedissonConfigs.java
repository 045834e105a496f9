package dev.polly.common.redis;

import java.util.ArrayList;
import java.util.List;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.BaseConfig;
import org.redisson.config.BaseMasterSlaveServersConfig;
import org.redisson.config.ClusterServersConfig;
import org.redisson.config.Config;
import org.redisson.config.SentinelServersConfig;
import org.redisson.config.SingleServerConfig;

/**
 * Turns a {@link RedisFactory} into a Redisson {@link Config} with fail-fast settings: lazy
 * initialisation (the process starts with Redis down), short command and connect timeouts, at most
 * one retry, and the plain string codec (values are JSON we encode ourselves). Credentials go on
 * the top-level {@link Config}, which applies them to every node (Redisson deprecates, and warns
 * about, credentials set per server mode).
 */
final class RedissonConfigs {
  private RedissonConfigs() {}

  /** The Redisson configuration for {@code factory}, connecting to {@code primary}. */
  static Config of(RedisFactory factory, RedisAddress primary, String clientName) {
    Config config = new Config();
    config.setLazyInitialization(true);
    config.setCodec(StringCodec.INSTANCE);
    if (!primary.password().isEmpty()) {
      config.setPassword(primary.password());
    }
    if (!primary.username().isEmpty()) {
      config.setUsername(primary.username());
    }
    if (factory.getThreads() > 0) {
      config.setThreads(factory.getThreads());
    }
    if (factory.getNettyThreads() > 0) {
      config.setNettyThreads(factory.getNettyThreads());
    }
    switch (factory.getMode()) {
      case "cluster" -> cluster(config, factory, primary, clientName);
      case "sentinel" -> sentinel(config, factory, primary, clientName);
      default -> single(config, factory, primary, clientName);
    }
    return config;
  }

  private static void single(Config c, RedisFactory f, RedisAddress a, String name) {
    SingleServerConfig s = c.useSingleServer();
    common(s, f, name);
    s.setAddress(a.nodeAddress())
        .setDatabase(a.db())
        .setConnectionPoolSize(f.getConnectionPoolSize())
        .setConnectionMinimumIdleSize(minimumIdle(f))
        .setSubscriptionConnectionPoolSize(f.getSubscriptionConnectionPoolSize())
        .setSubscriptionConnectionMinimumIdleSize(1);
  }

  private static void cluster(Config c, RedisFactory f, RedisAddress a, String name) {
    ClusterServersConfig s = c.useClusterServers();
    common(s, f, name);
    masterPools(s, f);
    s.setNodeAddresses(nodes(f, a));
    s.setSlaveConnectionPoolSize(f.getConnectionPoolSize()).setSlaveConnectionMinimumIdleSize(0);
  }

  private static void sentinel(Config c, RedisFactory f, RedisAddress a, String name) {
    SentinelServersConfig s = c.useSentinelServers();
    common(s, f, name);
    masterPools(s, f);
    s.setSentinelAddresses(nodes(f, a));
    s.setMasterName(f.getSentinelMaster()).setDatabase(a.db());
  }

  /** The master and subscription pools of a cluster or sentinel setup, sized as a single server. */
  private static void masterPools(BaseMasterSlaveServersConfig<?> s, RedisFactory f) {
    s.setMasterConnectionPoolSize(f.getConnectionPoolSize())
        .setMasterConnectionMinimumIdleSize(minimumIdle(f))
        .setSubscriptionConnectionPoolSize(f.getSubscriptionConnectionPoolSize())
        .setSubscriptionConnectionMinimumIdleSize(1);
  }

  /** The configured idle minimum, never above the pool size. */
  private static int minimumIdle(RedisFactory f) {
    return Math.min(f.getConnectionMinimumIdleSize(), f.getConnectionPoolSize());
  }

  private static void common(BaseConfig<?> s, RedisFactory f, String name) {
    s.setTimeout((int) f.getTimeout().toMilliseconds())
        .setConnectTimeout((int) f.getConnectTimeout().toMilliseconds())
        .setRetryAttempts(f.getRetryAttempts())
        .setClientName(name);
  }

  /** The seed nodes: the configured list, else the primary address alone. */
  private static List<String> nodes(RedisFactory f, RedisAddress primary) {
    List<String> nodes = new ArrayList<>();
    for (String node : f.getNodes()) {
      nodes.add(RedisAddress.parse(node.trim()).nodeAddress());
    }
    if (nodes.isEmpty()) {
      nodes.add(primary.nodeAddress());
    }
    return nodes;
  }
}
