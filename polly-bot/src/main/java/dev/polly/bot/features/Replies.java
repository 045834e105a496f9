package dev.polly.bot.features;

import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ephemeral replies: the only way Polly answers a member about their own action or a refusal. */
public final class Replies {
  private static final Logger LOG = LoggerFactory.getLogger(Replies.class);

  private Replies() {}

  /** Replies only to the member who acted; failures to deliver are logged with the ids. */
  public static void ephemeral(IReplyCallback event, String text) {
    if (event.isAcknowledged()) {
      event
          .getHook()
          .sendMessage(text)
          .setEphemeral(true)
          .queue(ok -> {}, e -> logFailure(event, e));
      return;
    }
    event.reply(text).setEphemeral(true).queue(ok -> {}, e -> logFailure(event, e));
  }

  private static void logFailure(IReplyCallback event, Throwable e) {
    LOG.warn(
        "Reply failed for interaction {} (user {}): {}",
        event.getId(),
        event.getUser().getId(),
        e.toString());
  }
}
