package dev.polly.bot.features;

import dev.polly.common.cache.Caches;
import dev.polly.common.events.DistributedLocks;
import dev.polly.common.events.EventBus;
import dev.polly.common.persistence.DeletedMessageDao;
import dev.polly.common.persistence.PollDao;
import dev.polly.common.persistence.UserPreferencesDao;
import dev.polly.common.persistence.VoteDao;
import dev.polly.common.persistence.VoteToggle;
import java.util.Objects;

/**
 * The shared services the bot's features are built on: PostgreSQL DAOs (and the vote path's {@link
 * VoteToggle}, the same statement as {@link VoteDao#toggle} without the SqlObject proxy) and the
 * Redis-backed caches, events and locks. Built by the composition root from {@code Database} and
 * {@code RedisServices}; tests build it from their embedded servers.
 */
public record BotServices(
    PollDao polls,
    VoteDao votes,
    VoteToggle toggles,
    UserPreferencesDao preferences,
    DeletedMessageDao deletedMessages,
    Caches caches,
    EventBus events,
    DistributedLocks locks) {

  public BotServices {
    Objects.requireNonNull(polls, "polls");
    Objects.requireNonNull(votes, "votes");
    Objects.requireNonNull(toggles, "toggles");
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(deletedMessages, "deletedMessages");
    Objects.requireNonNull(caches, "caches");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(locks, "locks");
  }
}
