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
import dev.polly.common.redis.RedisStore;
import dev.polly.common.redis.StoreUnreachableException;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Dashboard form drafts, kept in the {@code draft} {@link RedisStore} with a TTL. Keys are scoped
 * by user id, so a user only ever sees their own drafts; the size of each draft is limited.
 *
 * <p>Contract: drafts exist only in Redis, in a store that no cache recovery clears and that works
 * whatever {@code cache.enabled} says. While Redis cannot be reached, reading, saving and deleting
 * a draft all throw {@link StoreUnavailableException} (503 {@code store_unavailable}): never a 404
 * that would make a dashboard overwrite a draft it could not see, never a false 200.
 */
public final class DraftService {
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  private final RedisStore<DraftView> store;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final Duration ttl;
  private final long maxBytes;

  public DraftService(
      RedisStore<DraftView> store, ObjectMapper mapper, Clock clock, Duration ttl, long maxBytes) {
    this.store = store;
    this.mapper = mapper;
    this.clock = clock;
    this.ttl = ttl;
    this.maxBytes = maxBytes;
  }

  public DraftView get(long userId, String key) {
    String scoped = scoped(userId, key);
    try {
      return store.get(scoped).orElseThrow(() -> new ResourceNotFoundException("No such draft"));
    } catch (StoreUnreachableException e) {
      throw unavailable("read");
    }
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
    try {
      store.put(scoped, draft, ttl);
    } catch (StoreUnreachableException e) {
      throw unavailable("saved");
    }
    return draft;
  }

  public void delete(long userId, String key) {
    String scoped = scoped(userId, key);
    try {
      store.delete(scoped);
    } catch (StoreUnreachableException e) {
      throw unavailable("deleted");
    }
  }

  private static StoreUnavailableException unavailable(String what) {
    return new StoreUnavailableException("Drafts cannot be " + what + " right now; retry shortly");
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
