package dev.polly.bot.support;

import dev.polly.bot.features.BotServices;

/** Builds {@link BotServices} over in-memory stores, for tests that claim nothing about them. */
public final class InMemoryServices {
  private InMemoryServices() {}

  public static BotServices create() {
    InMemoryPolls polls = new InMemoryPolls();
    LocalEvents events = new LocalEvents();
    return new BotServices(
        polls,
        new InMemoryVotes(polls),
        new InMemoryPreferences(),
        new PassThroughCaches(),
        events,
        events);
  }
}
