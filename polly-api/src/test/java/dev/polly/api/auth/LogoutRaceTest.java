package dev.polly.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.cache.CacheFactory;
import dev.polly.common.cache.CacheRegion;
import dev.polly.common.domain.Session;
import dev.polly.common.persistence.SessionDao;
import dev.polly.common.store.SessionStore;
import dev.polly.common.testing.RunningRedisServices;
import dev.polly.common.testing.TestPostgres;
import dev.polly.common.testing.TestRedis;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue #12.2: a session load from PostgreSQL that races a logout must not put the session back
 * into Redis. Real PostgreSQL and Redis; the session table is read through a DAO that takes 0-2 ms
 * more after each read, as a loaded database would, to widen the window the race needs.
 */
class LogoutRaceTest {
  private static final int TRIALS = 200;
  private static final int READERS = 4;

  private static RunningRedisServices redis;
  private static CacheRegion<Session> cache;
  private static SessionService sessions;

  @BeforeAll
  static void start() {
    redis = RunningRedisServices.start(TestRedis.get().relaxedFactory(), new CacheFactory(), "api");
    cache = redis.services().caches().sessions();
    SessionDao dao = new SlowReads(TestPostgres.get().database().sessions());
    sessions =
        new SessionService(
            new SessionStore(cache, dao),
            Hmac.fromSecret("logout-race-secret-0123456789"),
            Clock.systemUTC(),
            Duration.ofHours(1));
  }

  @AfterAll
  static void stop() {
    redis.close();
  }

  @Test
  @DisplayName("200 logouts racing 4 session loads each: no logged-out token authenticates again")
  void noLogoutIsUndoneByARacingLoad() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(READERS);
    int resurrected = 0;
    try {
      for (int i = 0; i < TRIALS; i++) {
        if (trial(pool)) {
          resurrected++;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(resurrected).as("logged-out tokens that authenticated again").isZero();
  }

  /** One login, readers loading it from PostgreSQL, a logout among them; true if it came back. */
  private static boolean trial(ExecutorService pool) throws Exception {
    String token = sessions.create(7L, "racer", null, List.of()).token();
    cache.invalidate(sessions.idOf(token)); // as after an eviction: the next reads load from PG
    AtomicBoolean loggedOut = new AtomicBoolean();
    List<Future<?>> readers = new ArrayList<>();
    for (int r = 0; r < READERS; r++) {
      readers.add(
          pool.submit(
              () -> {
                while (!loggedOut.get()) {
                  sessions.authenticate(token);
                }
              }));
    }
    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(3_000_000));
    sessions.logout(token);
    loggedOut.set(true);
    for (Future<?> reader : readers) {
      reader.get(30, TimeUnit.SECONDS);
    }
    return sessions.authenticate(token).isPresent();
  }

  /** The real DAO, with session reads taking up to 2 ms longer after PostgreSQL answered. */
  private record SlowReads(SessionDao real) implements SessionDao {
    @Override
    public Optional<Session> findUnexpired(String id, Instant now) {
      Optional<Session> found = real.findUnexpired(id, now);
      LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(2_000_000));
      return found;
    }

    @Override
    public boolean delete(String id) {
      return real.delete(id);
    }

    @Override
    public List<String> deleteAllOf(long userId) {
      return real.deleteAllOf(userId);
    }

    @Override
    public int deleteExpired(Instant now) {
      return real.deleteExpired(now);
    }

    @Override
    public void insert(Session session, Long[] guildIds) {
      real.insert(session, guildIds);
    }
  }
}
