package dev.polly.bot.support;

import dev.polly.bot.features.BotServices;

/**
 * The services a bot test runs on. SWITCH POINT: until the persistence and cache branches are
 * merged these are in-memory stand-ins; afterwards the real PostgreSQL and Redis.
 */
public record TestServices(BotServices bot) {
  public static TestServices create() {
    return new TestServices(InMemoryServices.create());
  }

  /** A second process's services over the same stores (for multi-worker tests). */
  public static TestServices sameStores(TestServices other) {
    return new TestServices(other.bot());
  }
}
