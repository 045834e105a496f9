package dev.polly.common.redis;

import dev.polly.common.health.RedisProbe;
import dev.polly.common.health.RedisStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * {@link RedisProbe} that times one round trip ({@code EXISTS} on a fixed key, which works the same
 * in single, sentinel and cluster mode) with the client's fail-fast timeout. It bypasses the
 * circuit breaker on purpose: it reports Redis as it is, not as the cache currently treats it.
 * Every result is handed to a listener (the guard's {@code polly.redis.up} gauge). A failure's
 * reason names the address and the root cause, e.g. {@code 127.0.0.1:6379: Connection refused},
 * with the password, should a message ever contain it, replaced by {@code ***}.
 */
final class RedissonProbe implements RedisProbe {
  private static final String PROBE_KEY = "polly:v1:health:probe";
  private static final int MAX_REASON = 200;

  private final RedissonClient redisson;
  private final Clock clock;
  private final String where;
  private final String secret;
  private final Consumer<RedisStatus> listener;

  /**
   * {@code where} names the server(s) in failure reasons; {@code secret} (may be empty) is masked
   * out of them; {@code listener} sees every result.
   */
  RedissonProbe(
      RedissonClient redisson,
      Clock clock,
      String where,
      String secret,
      Consumer<RedisStatus> listener) {
    this.redisson = redisson;
    this.clock = clock;
    this.where = where;
    this.secret = secret;
    this.listener = listener;
  }

  @Override
  public RedisStatus probe() {
    Instant at = clock.instant();
    long start = System.nanoTime();
    RedisStatus status;
    try {
      redisson.getBucket(PROBE_KEY, StringCodec.INSTANCE).isExists();
      status = new RedisStatus(true, Duration.ofNanos(System.nanoTime() - start), at, null);
    } catch (RuntimeException e) {
      status = new RedisStatus(false, Duration.ofNanos(System.nanoTime() - start), at, reason(e));
    }
    listener.accept(status);
    return status;
  }

  /** {@code where: root cause message} (the class name when there is no message). */
  String reason(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    String cause =
        message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    if (!secret.isEmpty()) {
      cause = cause.replace(secret, "***");
    }
    // Redisson appends the channel and the command sent; the reply before them is the cause.
    int details = cause.indexOf(" channel: ");
    if (details > 0) {
      cause = cause.substring(0, details).replaceAll("\\.+$", ".");
    }
    String text = where + ": " + cause.replaceAll("\\s+", " ");
    return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) + "…" : text;
  }
}
