package dev.polly.bot.support;

import dev.polly.bot.features.BotServices;
import dev.polly.common.persistence.Database;
import dev.polly.common.testing.TestPostgres;

/**
 * The services a bot test runs on: the module's real PostgreSQL ({@link TestPostgres}, emptied for
 * each test) with the caches, events and locks. SWITCH POINT for the cache branch: until it is
 * merged, caches/events/locks are in-process stand-ins.
 */
public record TestServices(BotServices bot, Database database) {
  public static TestServices create() {
    TestPostgres postgres = TestPostgres.get();
    postgres.truncateAll();
    return over(Database.attach(postgres.jdbi()));
  }

  /** A second process's services over the same database (for multi-worker tests). */
  public static TestServices sameStores(TestServices other) {
    return new TestServices(
        new BotServices(
            other.bot().polls(),
            other.bot().votes(),
            other.bot().preferences(),
            other.bot().caches(),
            other.bot().events(),
            other.bot().locks()),
        other.database());
  }

  private static TestServices over(Database db) {
    LocalEvents events = new LocalEvents();
    return new TestServices(
        new BotServices(
            db.polls(), db.votes(), db.preferences(), new PassThroughCaches(), events, events),
        db);
  }
}
