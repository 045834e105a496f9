package dev.polly.common.persistence;

/**
 * What {@link VoteDao#toggle} needs to know about a poll and the clicked option, read under a share
 * lock on the poll row so that a concurrent close waits for the vote (and a vote after the close
 * sees {@code closed}).
 */
public record VoteGate(String status, int maxChoices, boolean optionExists) {
  public boolean active() {
    return "active".equals(status);
  }
}
