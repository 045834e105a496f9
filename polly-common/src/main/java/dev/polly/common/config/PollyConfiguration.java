package dev.polly.common.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.polly.common.cache.CacheFactory;
import dev.polly.common.persistence.DatabaseFactory;
import dev.polly.common.redis.RedisFactory;
import io.dropwizard.core.Configuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The sections of {@code config.yml} that both processes read: database, Redis, cache regions and
 * Discord. Each process's configuration extends this and adds its own section, ignoring the
 * other's.
 */
public abstract class PollyConfiguration extends Configuration {
  @Valid @NotNull private DatabaseFactory database = new DatabaseFactory();
  @Valid @NotNull private RedisFactory redis = new RedisFactory();
  @Valid @NotNull private CacheFactory cache = new CacheFactory();
  @Valid @NotNull private DiscordFactory discord = new DiscordFactory();

  @JsonProperty("database")
  public DatabaseFactory getDatabase() {
    return database;
  }

  @JsonProperty("database")
  public void setDatabase(DatabaseFactory database) {
    this.database = database;
  }

  @JsonProperty("redis")
  public RedisFactory getRedis() {
    return redis;
  }

  @JsonProperty("redis")
  public void setRedis(RedisFactory redis) {
    this.redis = redis;
  }

  @JsonProperty("cache")
  public CacheFactory getCache() {
    return cache;
  }

  @JsonProperty("cache")
  public void setCache(CacheFactory cache) {
    this.cache = cache;
  }

  @JsonProperty("discord")
  public DiscordFactory getDiscord() {
    return discord;
  }

  @JsonProperty("discord")
  public void setDiscord(DiscordFactory discord) {
    this.discord = discord;
  }
}
