package dev.polly.common.redis;

/**
 * Thrown by a {@link RedisStore} when Redis could not be asked (circuit open) or did not answer:
 * the caller cannot tell whether the entry exists, so it must not act as if it did not.
 */
public final class StoreUnreachableException extends RuntimeException {
  public StoreUnreachableException(String kind) {
    super("The " + kind + " store is unavailable (Redis unreachable)");
  }
}
