package dev.polly.bot.features.vote;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acknowledge first, answer after: a click is acknowledged at once with a deferred ephemeral reply
 * (Discord shows "Polly is thinking…" to the member only), its answer is computed on the {@link
 * VoteWorkers}, and the deferred reply is edited into that answer through the {@link AnswerQueue},
 * after the acknowledgement finished. Every click gets exactly one answer: the computed text, or
 * {@code failure} when computing it threw or the workers refused it. A failure is logged with the
 * interaction, poll, user and guild ids and the exception's class chain (and SQL state), never its
 * message, which could carry the chosen option.
 */
final class DeferredAnswers {
  private static final Logger LOG = LoggerFactory.getLogger(DeferredAnswers.class);

  private final VoteWorkers workers;
  private final AnswerQueue answers;

  DeferredAnswers(VoteWorkers workers, AnswerQueue answers) {
    this.workers = workers;
    this.answers = answers;
  }

  /**
   * Defers {@code event}'s reply now and computes {@code answer} on the vote workers at the same
   * time; once both the acknowledgement has finished (or failed) and the text is known, hands the
   * edit to the {@link AnswerQueue}, so an answer never waits in JDA for its own acknowledgement
   * while holding a place that other clicks' answers could use.
   */
  void answer(IReplyCallback event, long pollId, Supplier<String> answer, String failure) {
    CompletableFuture<Void> acknowledged = acknowledge(event);
    CompletableFuture<String> text = new CompletableFuture<>();
    try {
      workers.submit(() -> text.complete(compute(event, pollId, answer, failure)));
    } catch (RejectedExecutionException e) {
      LOG.warn("Interaction {} on poll {} refused: {}", event.getId(), pollId, e.getMessage());
      text.complete(failure);
    }
    acknowledged.thenCombine(text, (ack, reply) -> reply).thenAccept(r -> answers.send(event, r));
  }

  /** Sends the deferred ephemeral reply; the future completes when it finished either way. */
  private static CompletableFuture<Void> acknowledge(IReplyCallback event) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    try {
      event
          .deferReply(true)
          .queue(
              ok -> done.complete(null),
              e -> {
                LOG.warn("Acknowledging interaction {} failed: {}", event.getId(), e.toString());
                done.complete(null);
              });
    } catch (RuntimeException e) {
      LOG.warn("Acknowledging interaction {} failed: {}", event.getId(), e.toString());
      done.complete(null);
    }
    return done;
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
