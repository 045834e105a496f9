package dev.polly.api.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polly.api.api.DraftView;
import dev.polly.api.errors.BadParameterException;
import dev.polly.api.errors.PayloadTooLargeException;
import dev.polly.api.errors.ResourceNotFoundException;
import dev.polly.api.errors.StoreUnavailableException;
import dev.polly.api.errors.ValidationFailedException;
import dev.polly.common.cache.CacheRegion;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Dashboard form drafts, kept in the {@code session} region (kind {@code draft}) with a TTL. Keys
 * are scoped by user id, so a user only ever sees their own drafts; the size of each draft is
 * limited. Drafts are convenience data kept only in Redis: while Redis is down, saving one answers
 * 503 instead of pretending it was kept.
 */
public final class DraftService {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  private final CacheRegion<DraftView> store;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final Duration ttl;
  private final long maxBytes;

  public DraftService(
      CacheRegion<DraftView> store, ObjectMapper mapper, Clock clock, Duration ttl, long maxBytes) {
    this.store = store;
    this.mapper = mapper;
    this.clock = clock;
    this.ttl = ttl;
    this.maxBytes = maxBytes;
  }

  public DraftView get(long userId, String key) {
    return store
        .getIfPresent(scoped(userId, key))
        .orElseThrow(() -> new ResourceNotFoundException("No such draft"));
  }

  public DraftView put(long userId, String key, JsonNode data) {
    String scoped = scoped(userId, key);
    if (data == null || data.isMissingNode() || data.isNull()) {
      throw ValidationFailedException.of("body", "a draft must be JSON data");
    }
    if (size(data) > maxBytes) {
      throw new PayloadTooLargeException("A draft may hold at most " + maxBytes + " bytes");
    }
    DraftView draft = new DraftView(key, data, clock.instant());
    store.put(scoped, draft, ttl);
    // Drafts live only in Redis, and a region never throws for Redis: read back, so that a draft
    // that was not kept (Redis away, circuit open) is a 503 the dashboard can retry, not a 200.
    if (store.getIfPresent(scoped).isEmpty()) {
      throw new StoreUnavailableException("Drafts cannot be saved right now; retry shortly");
    }
    return draft;
  }

  public void delete(long userId, String key) {
    store.invalidate(scoped(userId, key));
  }

  private long size(JsonNode data) {
    try {
      return mapper.writeValueAsBytes(data).length;
    } catch (JsonProcessingException e) {
      throw ValidationFailedException.of("body", "a draft must be JSON data");
    }
  }

  private static String scoped(long userId, String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new BadParameterException("A draft key has 1 to 64 letters, digits, '.', '_' or '-'");
    }
    return userId + ":" + key;
  }
}
