package dev.polly.bot.support;

import dev.polly.bot.features.BotServices;
import dev.polly.common.cache.CacheFactory;
import dev.polly.common.config.RedisServices;
import dev.polly.common.persistence.Database;
import dev.polly.common.redis.RedisFactory;
import dev.polly.common.testing.RunningRedisServices;
import dev.polly.common.testing.TestPostgres;
import dev.polly.common.testing.TestRedis;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The services one bot process runs on in tests: the module's real PostgreSQL ({@link
 * TestPostgres}) and real Redis ({@link TestRedis}), with caches, events and locks built exactly as
 * the application builds them. {@link #create()} empties both; {@link #sameStores} is a second
 * process on the same servers. Close each instance after the test.
 */
public final class TestServices implements AutoCloseable {
  private static final AtomicInteger PROCESSES = new AtomicInteger();

  private final BotServices bot;
  private final Database database;
  private final RunningRedisServices redis;

  private TestServices(Database database, RunningRedisServices redis) {
    this.database = database;
    this.redis = redis;
    RedisServices services = redis.services();
    this.bot =
        new BotServices(
            database.polls(),
            database.votes(),
            database.voteToggle(),
            database.preferences(),
            database.deletedMessages(),
            services.caches(),
            services.events(),
            services.locks());
  }

  public static TestServices create() {
    return create(TestRedis.get().relaxedFactory());
  }

  /** Like {@link #create()} with the given Redis settings (e.g. production fail-fast ones). */
  public static TestServices create(RedisFactory redisFactory) {
    TestPostgres postgres = TestPostgres.get();
    postgres.truncateAll();
    TestRedis.get().flushAll();
    return new TestServices(
        Database.attach(postgres.jdbi()),
        RunningRedisServices.start(
            redisFactory, new CacheFactory(), "polly-bot-test-" + PROCESSES.incrementAndGet()));
  }

  /** Another bot process on the same PostgreSQL and Redis (for multi-worker tests). */
  public static TestServices sameStores(TestServices other) {
    return process(Database.attach(other.database.jdbi()));
  }

  private static TestServices process(Database database) {
    return new TestServices(
        database,
        RunningRedisServices.start(
            TestRedis.get().relaxedFactory(),
            new CacheFactory(),
            "polly-bot-test-" + PROCESSES.incrementAndGet()));
  }

  public BotServices bot() {
    return bot;
  }

  public RedisServices redis() {
    return redis.services();
  }

  @Override
  public void close() {
    redis.close();
  }
}
