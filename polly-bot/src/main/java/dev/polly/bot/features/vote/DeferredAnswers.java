package dev.polly.bot.features.vote;

import java.sql.SQLException;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acknowledge first, answer after: a click is acknowledged at once with a deferred ephemeral reply
 * (Discord shows "Polly is thinking…" to the member only), its answer is computed on the {@link
 * VoteWorkers}, and the deferred reply is edited into that answer. Every click gets exactly one
 * answer: the computed text, or {@code failure} when computing it threw or the workers refused it.
 * A failure is logged with the interaction, poll, user and guild ids and the exception's class
 * chain (and SQL state), never its message, which could carry the chosen option.
 */
final class DeferredAnswers {
  private static final Logger LOG = LoggerFactory.getLogger(DeferredAnswers.class);

  private final VoteWorkers workers;

  DeferredAnswers(VoteWorkers workers) {
    this.workers = workers;
  }

  /**
   * Defers {@code event}'s reply now; later edits it to {@code answer}'s text or {@code failure}.
   */
  void answer(IReplyCallback event, long pollId, Supplier<String> answer, String failure) {
    event
        .deferReply(true)
        .queue(
            ok -> {},
            e -> LOG.warn("Acknowledging interaction {} failed: {}", event.getId(), e.toString()));
    try {
      workers.submit(() -> edit(event, compute(event, pollId, answer, failure)));
    } catch (RejectedExecutionException e) {
      LOG.warn("Interaction {} on poll {} refused: {}", event.getId(), pollId, e.getMessage());
      edit(event, failure);
    }
  }

  private static String compute(
      IReplyCallback event, long pollId, Supplier<String> answer, String failure) {
    try {
      return answer.get();
    } catch (RuntimeException e) {
      LOG.error(
          "Interaction {} on poll {} by user {} in guild {} failed: {}",
          event.getId(),
          pollId,
          event.getUser().getId(),
          event.getGuild() == null ? "-" : event.getGuild().getId(),
          summary(e));
      return failure;
    }
  }

  private static void edit(IReplyCallback event, String text) {
    event
        .getHook()
        .editOriginal(text)
        .queue(
            ok -> {},
            e ->
                LOG.warn(
                    "Answer to interaction {} (user {}) failed: {}",
                    event.getId(),
                    event.getUser().getId(),
                    e.toString()));
  }

  /**
   * The exception's class chain, e.g. {@code UnableToObtainConnectionException <- PSQLException
   * (08001)}; messages are left out on purpose (a statement's message lists its arguments).
   */
  static String summary(Throwable e) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = e; t != null && text.length() < 300; t = t.getCause()) {
      text.append(text.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName());
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        text.append(" (").append(sql.getSQLState()).append(')');
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return text.toString();
  }
}
