package dev.polly.common.redis;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Redis connection settings ({@code REDIS_URL}, or {@code REDIS_HOST}/{@code REDIS_PORT}/{@code
 * REDIS_DB}/{@code REDIS_PASSWORD}, and {@code REDIS_MODE}). Neither URL nor host set starts an
 * embedded Redis for development. Defaults fail fast (250 ms timeouts, no retry, lazy
 * initialisation) so that a process starts and serves with Redis down: Redisson's own defaults (3 s
 * command and 10 s connect timeouts, 4 retries) would block each call for seconds while Redis is
 * away. {@link #toString()} masks the password.
 */
public class RedisFactory {
  @NotNull private String url = "";
  @NotNull private String host = "";

  @Min(1)
  @Max(65535)
  private int port = 6379;

  @Min(0)
  @Max(15)
  private int db = 0;

  @NotNull private String username = "";
  @NotNull private String password = "";

  @NotNull
  @Pattern(regexp = "single|sentinel|cluster")
  private String mode = "single";

  /** Cluster seed nodes or sentinel addresses, {@code host:port} or {@code redis://host:port}. */
  @NotNull private List<String> nodes = new ArrayList<>();

  @NotNull private String sentinelMaster = "mymaster";

  @NotNull
  @MinDuration(value = 10, unit = TimeUnit.MILLISECONDS)
  @MaxDuration(value = 10, unit = TimeUnit.SECONDS)
  private Duration timeout = Duration.milliseconds(250);

  @NotNull
  @MinDuration(value = 10, unit = TimeUnit.MILLISECONDS)
  @MaxDuration(value = 10, unit = TimeUnit.SECONDS)
  private Duration connectTimeout = Duration.milliseconds(250);

  @Min(0)
  @Max(1)
  private int retryAttempts = 0;

  @Min(1)
  @Max(1024)
  private int connectionPoolSize = 32;

  @Min(0)
  @Max(1024)
  private int connectionMinimumIdleSize = 2;

  @Min(1)
  @Max(256)
  private int subscriptionConnectionPoolSize = 8;

  @Min(0)
  @Max(256)
  private int threads = 4;

  @Min(0)
  @Max(256)
  private int nettyThreads = 8;

  /**
   * Connects this process to Redis: the Redisson client (a {@code Managed}, shut down on stop), the
   * circuit breaker with its background probe, and the {@code redis} health check. Starts an
   * embedded Redis first when neither {@code url} nor {@code host} is set. {@code processName}
   * names the client and the probe thread.
   */
  public RedisConnection connect(Environment env, CircuitSettings circuit, String processName) {
    return new RedisConnector(this, circuit, processName).connect(env);
  }

  /** Whether no server is configured, so an embedded one is used. */
  public boolean embedded() {
    return url.isBlank() && host.isBlank();
  }

  @JsonProperty
  public String getUrl() {
    return url;
  }

  @JsonProperty
  public void setUrl(String url) {
    this.url = url == null ? "" : url.trim();
  }

  @JsonProperty
  public String getHost() {
    return host;
  }

  @JsonProperty
  public void setHost(String host) {
    this.host = host == null ? "" : host.trim();
  }

  @JsonProperty
  public int getPort() {
    return port;
  }

  @JsonProperty
  public void setPort(int port) {
    this.port = port;
  }

  @JsonProperty
  public int getDb() {
    return db;
  }

  @JsonProperty
  public void setDb(int db) {
    this.db = db;
  }

  @JsonProperty
  public String getUsername() {
    return username;
  }

  @JsonProperty
  public void setUsername(String username) {
    this.username = username == null ? "" : username;
  }

  @JsonProperty
  public String getPassword() {
    return password;
  }

  @JsonProperty
  public void setPassword(String password) {
    this.password = password == null ? "" : password;
  }

  @JsonProperty
  public String getMode() {
    return mode;
  }

  @JsonProperty
  public void setMode(String mode) {
    this.mode = mode == null || mode.isBlank() ? "single" : mode.trim().toLowerCase();
  }

  @JsonProperty
  public List<String> getNodes() {
    return nodes;
  }

  @JsonProperty
  public void setNodes(List<String> nodes) {
    this.nodes = nodes == null ? new ArrayList<>() : new ArrayList<>(nodes);
  }

  @JsonProperty
  public String getSentinelMaster() {
    return sentinelMaster;
  }

  @JsonProperty
  public void setSentinelMaster(String sentinelMaster) {
    this.sentinelMaster = sentinelMaster;
  }

  @JsonProperty
  public Duration getTimeout() {
    return timeout;
  }

  @JsonProperty
  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  @JsonProperty
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  @JsonProperty
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  @JsonProperty
  public int getRetryAttempts() {
    return retryAttempts;
  }

  @JsonProperty
  public void setRetryAttempts(int retryAttempts) {
    this.retryAttempts = retryAttempts;
  }

  @JsonProperty
  public int getConnectionPoolSize() {
    return connectionPoolSize;
  }

  @JsonProperty
  public void setConnectionPoolSize(int connectionPoolSize) {
    this.connectionPoolSize = connectionPoolSize;
  }

  @JsonProperty
  public int getConnectionMinimumIdleSize() {
    return connectionMinimumIdleSize;
  }

  @JsonProperty
  public void setConnectionMinimumIdleSize(int connectionMinimumIdleSize) {
    this.connectionMinimumIdleSize = connectionMinimumIdleSize;
  }

  @JsonProperty
  public int getSubscriptionConnectionPoolSize() {
    return subscriptionConnectionPoolSize;
  }

  @JsonProperty
  public void setSubscriptionConnectionPoolSize(int subscriptionConnectionPoolSize) {
    this.subscriptionConnectionPoolSize = subscriptionConnectionPoolSize;
  }

  @JsonProperty
  public int getThreads() {
    return threads;
  }

  @JsonProperty
  public void setThreads(int threads) {
    this.threads = threads;
  }

  @JsonProperty
  public int getNettyThreads() {
    return nettyThreads;
  }

  @JsonProperty
  public void setNettyThreads(int nettyThreads) {
    this.nettyThreads = nettyThreads;
  }

  @Override
  public String toString() {
    return "RedisFactory{url="
        + RedisAddress.mask(url)
        + ", host="
        + host
        + ", port="
        + port
        + ", db="
        + db
        + ", mode="
        + mode
        + ", nodes="
        + nodes
        + ", password="
        + (password.isEmpty() ? "" : "***")
        + ", timeout="
        + timeout
        + ", connectTimeout="
        + connectTimeout
        + ", retryAttempts="
        + retryAttempts
        + "}";
  }
}
