package dev.polly.common.persistence;

import dev.polly.common.domain.DeletedPollMessage;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The messages of deleted polls that the bot still has to mark as deleted ({@code
 * deleted_poll_messages}, filled by {@link PollDao#delete}). A worker claims a row for a lease
 * before it edits the message and marks it done afterwards; a claim whose lease ran out is taken
 * again, so a message is edited at least once even if a worker dies mid-edit (the edit is
 * idempotent).
 */
@RegisterConstructorMapper(DeletedPollMessage.class)
public interface DeletedMessageDao {

  /** Claims one pending message, if it is not claimed by a live lease. */
  @SqlQuery(
      """
      UPDATE deleted_poll_messages SET claimed_at = now()
      WHERE poll_id = :pollId AND done_at IS NULL
        AND (claimed_at IS NULL OR claimed_at < now() - make_interval(secs => :leaseSeconds))
      RETURNING poll_id, guild_id, channel_id, message_id, title
      """)
  Optional<DeletedPollMessage> claim(
      @Bind("pollId") long pollId, @Bind("leaseSeconds") long leaseSeconds);

  /** Claims up to {@code limit} pending messages whose lease is free, oldest first. */
  @SqlQuery(
      """
      UPDATE deleted_poll_messages SET claimed_at = now()
      WHERE poll_id IN (
        SELECT poll_id FROM deleted_poll_messages
        WHERE done_at IS NULL
          AND (claimed_at IS NULL OR claimed_at < now() - make_interval(secs => :leaseSeconds))
        ORDER BY poll_id LIMIT :limit FOR UPDATE SKIP LOCKED)
      RETURNING poll_id, guild_id, channel_id, message_id, title
      """)
  List<DeletedPollMessage> claimPending(
      @Bind("leaseSeconds") long leaseSeconds, @Bind("limit") int limit);

  /** The message now says the poll was deleted (or no longer exists): nothing left to do. */
  @SqlUpdate("UPDATE deleted_poll_messages SET done_at = now() WHERE poll_id = :pollId")
  boolean done(@Bind("pollId") long pollId);

  /** Whether the message of {@code pollId} is still to be edited (tests and the admin view). */
  @SqlQuery("SELECT done_at IS NULL FROM deleted_poll_messages WHERE poll_id = :pollId")
  Optional<Boolean> pending(@Bind("pollId") long pollId);
}
