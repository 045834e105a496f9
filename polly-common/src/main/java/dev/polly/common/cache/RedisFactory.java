package dev.polly.common.cache;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/**
 * Redis connection settings ({@code REDIS_URL} or {@code REDIS_HOST}/{@code REDIS_PORT}/{@code
 * REDIS_DB}/{@code REDIS_PASSWORD}, {@code REDIS_MODE}). Neither URL nor host set starts an
 * embedded Redis for development.
 *
 * <p>SKELETON: the cache work adds modes, timeouts, pools and {@code build(Environment)}.
 */
public class RedisFactory {
  @NotNull private String url = "";
  @NotNull private String host = "";

  @JsonProperty
  public String getUrl() {
    return url;
  }

  @JsonProperty
  public void setUrl(String url) {
    this.url = url;
  }

  @JsonProperty
  public String getHost() {
    return host;
  }

  @JsonProperty
  public void setHost(String host) {
    this.host = host;
  }
}
