package dev.polly.common.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An event on the {@code polly:events} topic. Events are hints that make things fast; nothing may
 * depend on receiving them for correctness (the bot's scheduler also polls PostgreSQL).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = PollChanged.class, name = "poll_changed"),
  @JsonSubTypes.Type(value = VotesChanged.class, name = "votes_changed"),
  @JsonSubTypes.Type(value = CacheInvalidated.class, name = "cache_invalidated"),
  @JsonSubTypes.Type(value = GuildDataRefreshed.class, name = "guild_data_refreshed")
})
public sealed interface PollyEvent
    permits PollChanged, VotesChanged, CacheInvalidated, GuildDataRefreshed {}
