package dev.polly.api.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polly.api.errors.DiscordRateLimitedException;
import dev.polly.api.errors.DiscordUnavailableException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to Discord's REST API and honours its rate limits: waits before a request whose
 * bucket is exhausted ({@code X-RateLimit-Remaining: 0} until {@code X-RateLimit-Reset-After}), and
 * on a {@code 429} waits {@code retry_after} and retries. A wait longer than {@code maxWait} is not
 * taken: the call fails with {@link DiscordRateLimitedException} instead of holding a request
 * thread. Transport failures and 5xx answers become {@link DiscordUnavailableException}.
 */
public final class DiscordHttp {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordHttp.class);
  private static final int MAX_ATTEMPTS = 3;

  private final HttpClient client;
  private final ObjectMapper mapper;
  private final RateLimitBuckets buckets;
  private final Duration maxWait;

  public DiscordHttp(
      HttpClient client, ObjectMapper mapper, RateLimitBuckets buckets, Duration maxWait) {
    this.client = client;
    this.mapper = mapper;
    this.buckets = buckets;
    this.maxWait = maxWait;
  }

  /**
   * Sends {@code request} (identified for rate limiting by {@code route}); returns the response.
   */
  public DiscordResponse send(String route, HttpRequest request) {
    for (int attempt = 1; ; attempt++) {
      pause(route, buckets.waitBefore(route));
      HttpResponse<String> response = exchange(route, request);
      buckets.record(route, response.headers());
      if (response.statusCode() != 429) {
        if (response.statusCode() >= 500) {
          LOG.warn("Discord answered {} on {}", response.statusCode(), route);
          throw new DiscordUnavailableException("Discord answered " + response.statusCode());
        }
        return new DiscordResponse(response.statusCode(), response.body());
      }
      Duration retry = retryAfter(response);
      boolean global =
          response.headers().firstValue("X-RateLimit-Global").map("true"::equals).orElse(false);
      buckets.recordLimited(route, global, retry);
      LOG.info("Discord rate limited {} for {} ms (global={})", route, retry.toMillis(), global);
      if (attempt >= MAX_ATTEMPTS || retry.compareTo(maxWait) > 0) {
        throw new DiscordRateLimitedException(retry);
      }
    }
  }

  /** Parses a JSON body, failing as "unavailable" on garbage. */
  public JsonNode json(DiscordResponse response) {
    try {
      return mapper.readTree(response.body());
    } catch (IOException e) {
      throw new DiscordUnavailableException("Discord sent a malformed body");
    }
  }

  private HttpResponse<String> exchange(String route, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      LOG.warn("Discord request {} failed: {}", route, e.toString());
      throw new DiscordUnavailableException("Discord could not be reached");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DiscordUnavailableException("Interrupted while calling Discord");
    }
  }

  private Duration retryAfter(HttpResponse<String> response) {
    try {
      JsonNode body = mapper.readTree(response.body());
      if (body != null && body.hasNonNull("retry_after")) {
        return RateLimitBuckets.seconds(body.get("retry_after").asText());
      }
    } catch (IOException e) {
      // fall back on the header
    }
    return response
        .headers()
        .firstValue("Retry-After")
        .map(RateLimitBuckets::seconds)
        .orElse(Duration.ofSeconds(1));
  }

  private void pause(String route, Duration wait) {
    if (wait.isZero()) {
      return;
    }
    if (wait.compareTo(maxWait) > 0) {
      throw new DiscordRateLimitedException(wait);
    }
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DiscordUnavailableException("Interrupted while waiting on " + route);
    }
  }

  /** A non-429, non-5xx answer. */
  public record DiscordResponse(int status, String body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }
}
