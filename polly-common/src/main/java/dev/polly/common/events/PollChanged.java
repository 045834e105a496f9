package dev.polly.common.events;

/** A poll was created, edited, closed, reopened or deleted. */
public record PollChanged(long pollId, long guildId, Kind kind) implements PollyEvent {
  /** What happened to the poll. */
  public enum Kind {
    CREATED,
    UPDATED,
    CLOSED,
    REOPENED,
    DELETED
  }
}
