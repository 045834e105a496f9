package dev.polly.bot.features.poll.create;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /poll create} requests waiting for their options from the modal, keyed by the command's
 * interaction id, kept in memory for {@value #TTL_MINUTES} minutes (a modal is submitted to the
 * same shard, hence the same process, that opened it).
 */
final class PendingRequests {
  static final int TTL_MINUTES = 15;

  private record Entry(PollRequest request, Instant expires) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  PendingRequests(Clock clock) {
    this.clock = clock;
  }

  void put(String key, PollRequest request) {
    Instant now = clock.instant();
    entries.values().removeIf(e -> e.expires().isBefore(now));
    entries.put(key, new Entry(request, now.plus(Duration.ofMinutes(TTL_MINUTES))));
  }

  Optional<PollRequest> take(String key) {
    Entry entry = entries.remove(key);
    if (entry == null || entry.expires().isBefore(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(entry.request());
  }
}
