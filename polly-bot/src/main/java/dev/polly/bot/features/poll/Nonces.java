package dev.polly.bot.features.poll;

import dev.polly.common.domain.Poll;

/**
 * Discord message nonces derived from the poll and the kind of message (at most 25 characters, as
 * Discord allows). Sent with {@code enforce_nonce}, a repeated nonce within Discord's window
 * returns the message it first created, so retrying a post whose answer was lost cannot post twice.
 * A close announcement's nonce includes the poll's version, so a poll closed again after a reopen
 * is announced again.
 */
final class Nonces {
  private Nonces() {}

  /** The poll's own message. */
  static String post(Poll poll) {
    return "p" + Long.toString(poll.id(), 36);
  }

  /**
   * The reminder before one close time of the poll: a new close time (an edit, a reopen) gets a new
   * reminder.
   */
  static String reminder(Poll poll) {
    return "r"
        + Long.toString(poll.id(), 36)
        + "t"
        + Long.toString(poll.closesAt().getEpochSecond(), 36);
  }

  /** The announcement of one close of the poll. */
  static String close(Poll poll) {
    return "c" + Long.toString(poll.id(), 36) + "v" + Long.toString(poll.version(), 36);
  }
}
