package dev.polly.common.domain;

import java.time.Instant;

/** One row of {@code votes}: a member's pick of one option. Never exposed for anonymous polls. */
public record Vote(long pollId, long userId, int position, Instant votedAt) {}
