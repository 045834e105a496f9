package dev.polly.common.cache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * One computation per key at a time within this process: the first caller for a key (the leader)
 * runs the work, callers arriving meanwhile wait for the leader's result or exception, which they
 * receive unchanged. Nothing is remembered once the leader finishes.
 */
final class SingleFlight {
  private final ConcurrentMap<String, CompletableFuture<Object>> inFlight =
      new ConcurrentHashMap<>();

  /** Runs {@code work} for {@code key}, or joins the run already in progress. */
  <T> T run(String key, Class<T> type, Supplier<T> work) {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> leader = inFlight.putIfAbsent(key, mine);
    if (leader != null) {
      return type.cast(join(leader));
    }
    try {
      T value = work.get();
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(key, mine);
    }
  }

  private static Object join(CompletableFuture<Object> leader) {
    try {
      return leader.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
