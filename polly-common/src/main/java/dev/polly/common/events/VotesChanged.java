package dev.polly.common.events;

/** Votes of a poll changed; its message and cached results are out of date. */
public record VotesChanged(long pollId) implements PollyEvent {}
