package dev.polly.common.cache;

import java.time.Duration;
import java.util.List;
import org.redisson.api.RBatch;
import org.redisson.api.RFuture;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * The Redis commands of the cache regions, with a version counter beside every key so that a value
 * loaded before an invalidation can never be stored after it (the stale-fill race).
 *
 * <p>Contract: every write ({@link #write}) and every invalidation ({@link #delete}) of a key
 * increments its version in the same Lua script. A loaded value is stored only by {@link #fill},
 * which compares the version read before the load ({@link #readWithVersion}) with the current one
 * and stores nothing if they differ. The version of {@code polly:v1:{region}:{key}} is {@code
 * polly:v1:ver:{polly:v1:{region}:{key}}}: the braces are a Redis Cluster hash tag, so a key and
 * its version always share a slot and one script can touch both (cache keys must not contain
 * braces). Versions expire {@link #VERSION_TTL} after their last change; callers must not fill with
 * a version read longer than {@link #MAX_FILL_AGE} ago, so an expired (reset) counter is never
 * mistaken for an unchanged one.
 *
 * <p>Whole-region invalidations cannot move every key's version; they move the region's epoch
 * ({@code polly:v1:epoch:{region}}) before deleting. A fill reads the epoch with the version and
 * checks it again after storing; the value is stored pending (read as a miss) until that check
 * confirms it, and deleted if the epoch moved. Every read here runs as a read-write script, so it
 * is answered by the master even where replicas serve plain reads.
 */
final class VersionedKeys {
  /** How long a version outlives the last write or invalidation of its key. */
  static final Duration VERSION_TTL = Duration.ofMinutes(10);

  /** The oldest version a fill may still use; loads taking longer are returned but not stored. */
  static final Duration MAX_FILL_AGE = Duration.ofMinutes(1);

  private static final String READ =
      "local v = redis.call('GET', KEYS[2]) or '0' "
          + "local d = redis.call('GET', KEYS[1]) "
          + "if d then return v .. ':' .. d end "
          + "return v .. ':'";
  private static final String EPOCH = "return redis.call('GET', KEYS[1]) or '0'";
  private static final String FILL =
      "if (redis.call('GET', KEYS[2]) or '0') ~= ARGV[1] then return 0 end "
          + "redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) "
          + "return 1";
  private static final String CONFIRM =
      "if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end "
          + "redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL') "
          + "return 1";
  private static final String UNFILL =
      "if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end "
          + "redis.call('DEL', KEYS[1]) "
          + "return 1";
  private static final String WRITE =
      "redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) "
          + "redis.call('INCR', KEYS[2]) "
          + "redis.call('PEXPIRE', KEYS[2], ARGV[3]) "
          + "return 1";
  private static final String DELETE =
      "redis.call('DEL', KEYS[1]) "
          + "redis.call('INCR', KEYS[2]) "
          + "redis.call('PEXPIRE', KEYS[2], ARGV[1]) "
          + "return 1";

  /** Marks a filled value not yet confirmed; JSON never starts with it. Read as a miss. */
  static final String PENDING = "~";

  private final RedissonClient redisson;
  private final String epochKey;

  /** The keys of {@code region}, whose epoch counts its whole-region invalidations. */
  VersionedKeys(RedissonClient redisson, String region) {
    this.redisson = redisson;
    this.epochKey = CacheKeys.ROOT + "epoch:" + region;
  }

  /** The version key of {@code fullKey}, in the same cluster slot. */
  static String versionKey(String fullKey) {
    return CacheKeys.ROOT + "ver:{" + fullKey + "}";
  }

  /** The stored JSON of {@code fullKey}, or null (also for a fill not yet confirmed). */
  String get(String fullKey) {
    return confirmed(redisson.<String>getBucket(fullKey, StringCodec.INSTANCE).get());
  }

  private static String confirmed(String stored) {
    return stored == null || stored.isEmpty() || stored.startsWith(PENDING) ? null : stored;
  }

  /**
   * The stored JSON (null when absent) and the key's current version, read atomically, plus the
   * region's epoch, in one round trip per node.
   */
  Versioned readWithVersion(String fullKey) {
    RBatch batch = redisson.createBatch();
    RFuture<String> read =
        batch
            .getScript(StringCodec.INSTANCE)
            .evalAsync(
                fullKey,
                RScript.Mode.READ_WRITE,
                READ,
                RScript.ReturnType.STRING,
                List.<Object>of(fullKey, versionKey(fullKey)));
    RFuture<String> epoch =
        batch
            .getScript(StringCodec.INSTANCE)
            .evalAsync(
                epochKey,
                RScript.Mode.READ_WRITE,
                EPOCH,
                RScript.ReturnType.STRING,
                List.<Object>of(epochKey));
    batch.execute();
    String reply = read.toCompletableFuture().join();
    int colon = reply.indexOf(':');
    String json = reply.substring(colon + 1);
    return new Versioned(
        confirmed(json), reply.substring(0, colon), epoch.toCompletableFuture().join());
  }

  /** Whether no whole-region invalidation began since {@code epoch} was read. */
  boolean epochIs(String epoch) {
    String now =
        redisson
            .getScript(StringCodec.INSTANCE)
            .eval(
                epochKey,
                RScript.Mode.READ_WRITE,
                EPOCH,
                RScript.ReturnType.STRING,
                List.<Object>of(epochKey));
    return epoch.equals(now);
  }

  /**
   * Counts a whole-region invalidation; call it before deleting the region's keys, so that a fill
   * that lands after the deletion sees the new epoch ({@link #epochIs}) and removes itself.
   */
  void bumpEpoch() {
    redisson
        .getScript(StringCodec.INSTANCE)
        .eval(
            epochKey,
            RScript.Mode.READ_WRITE,
            "return redis.call('INCR', KEYS[1])",
            RScript.ReturnType.LONG,
            List.<Object>of(epochKey));
  }

  /**
   * Stores {@code json} as a pending fill (read as a miss) only if the version is still {@code
   * version}; returns whether it did. The caller then checks the epoch and either {@link #confirm}s
   * or {@link #unfill}s it, so no reader ever sees a fill that a region invalidation overtook.
   */
  boolean fill(String fullKey, String version, String json, Duration ttl) {
    return one(
        eval(
            fullKey,
            RScript.ReturnType.LONG,
            FILL,
            List.of(version, PENDING + json, Long.toString(ttl.toMillis()))));
  }

  /** Makes the pending fill of {@code json} readable, if it is still there; returns whether. */
  boolean confirm(String fullKey, String json) {
    return one(eval(fullKey, RScript.ReturnType.LONG, CONFIRM, List.of(PENDING + json, json)));
  }

  /** Deletes the pending fill of {@code json}, if it is still there. */
  void unfill(String fullKey, String json) {
    eval(fullKey, RScript.ReturnType.LONG, UNFILL, List.of(PENDING + json));
  }

  private static boolean one(Object reply) {
    return reply instanceof Long n && n == 1L;
  }

  /** Stores {@code json} and moves the version on, refusing every fill begun before. */
  void write(String fullKey, String json, Duration ttl) {
    eval(
        fullKey,
        RScript.ReturnType.LONG,
        WRITE,
        List.of(json, Long.toString(ttl.toMillis()), Long.toString(VERSION_TTL.toMillis())));
  }

  /** Deletes every key and moves each one's version on, in one round trip per node. */
  void delete(String... fullKeys) {
    RBatch batch = redisson.createBatch();
    String versionTtl = Long.toString(VERSION_TTL.toMillis());
    for (String fullKey : fullKeys) {
      batch
          .getScript(StringCodec.INSTANCE)
          .evalAsync(
              fullKey,
              RScript.Mode.READ_WRITE,
              DELETE,
              RScript.ReturnType.LONG,
              List.<Object>of(fullKey, versionKey(fullKey)),
              versionTtl);
    }
    batch.execute();
  }

  private <R> R eval(String fullKey, RScript.ReturnType type, String script, List<String> args) {
    return redisson
        .getScript(StringCodec.INSTANCE)
        .eval(
            fullKey,
            RScript.Mode.READ_WRITE,
            script,
            type,
            List.<Object>of(fullKey, versionKey(fullKey)),
            args.toArray());
  }

  /** A key's JSON (null when absent), its version and the region's epoch when read. */
  record Versioned(String json, String version, String epoch) {}
}
