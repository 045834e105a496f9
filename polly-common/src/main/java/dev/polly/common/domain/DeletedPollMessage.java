package dev.polly.common.domain;

/**
 * The Discord message of a poll that was deleted, still to be edited so that it says so and loses
 * its buttons. Kept after the poll row is gone.
 */
public record DeletedPollMessage(
    long pollId, long guildId, long channelId, long messageId, String title) {}
