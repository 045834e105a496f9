package dev.polly.common.persistence;

import dev.polly.common.domain.CreationKey;
import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollCreation;
import dev.polly.common.domain.PollEdit;
import dev.polly.common.domain.PollOption;
import dev.polly.common.domain.PollStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowReducer;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/**
 * Polls and their options in PostgreSQL, as a JDBI SqlObject. Status changes are compare-and-set
 * updates ({@code ... WHERE id = ? AND status = 'scheduled'}) that bump {@code version} and {@code
 * updated_at}, so that of two workers attempting the same transition exactly one gets {@code true}.
 * A poll and its options are always read in one statement (see {@link PollWithOptionsReducer}).
 *
 * <p>The methods under "statements" are the single SQL steps behind the multi-step operations;
 * callers use the operations above them.
 */
@RegisterRowMapper(PollRowMapper.class)
public interface PollDao {
  /** Columns of a poll joined with its options, for {@link PollWithOptionsReducer}. */
  String POLL_WITH_OPTIONS =
      "SELECT p.*, o.position AS o_position, o.label AS o_label, o.emoji AS o_emoji FROM ";

  /** Row order of {@link #POLL_WITH_OPTIONS} queries over many polls, newest first. */
  String NEWEST_FIRST = " ORDER BY p.created_at DESC, p.id DESC, o.position";

  /**
   * Inserts the poll (status {@code scheduled}, or {@code active} when {@code activeNow}) and its
   * options in one transaction. Options are stored with positions 0..n-1 in list order.
   */
  @Transaction
  default Poll create(NewPoll poll, boolean activeNow) {
    return create(poll, activeNow, null).poll();
  }

  /**
   * As {@link #create(NewPoll, boolean)}, once per {@code key} of the poll's creator: when a poll
   * was already stored under that key, nothing is written and that poll is returned as replayed
   * (with {@code sameRequest} telling whether its digest matches). A concurrent attempt with the
   * same key waits for the first one's transaction and then sees its poll. A null key always
   * stores.
   */
  @Transaction
  default PollCreation create(NewPoll poll, boolean activeNow, CreationKey key) {
    PollStatus status = activeNow ? PollStatus.ACTIVE : PollStatus.SCHEDULED;
    Optional<Long> id =
        insertPoll(
            poll,
            poll.timezone().getId(),
            status.dbValue(),
            key == null ? null : key.key(),
            key == null ? null : key.digest());
    if (id.isEmpty()) {
      long earlier = findIdByCreationKey(poll.creatorId(), key.key()).orElseThrow();
      boolean same = key.digest().equals(creationDigest(earlier));
      return new PollCreation(find(earlier).orElseThrow(), true, same);
    }
    insertOptions(id.get(), StoredOptions.numbered(poll.options()));
    return PollCreation.stored(find(id.get()).orElseThrow());
  }

  /** The poll its creator stored under {@code key}, if any. */
  @SqlQuery("SELECT id FROM polls WHERE creator_id = :creator AND creation_key = :key")
  Optional<Long> findIdByCreationKey(@Bind("creator") long creatorId, @Bind("key") String key);

  /** The request digest a poll was created with; null for a poll created without a key. */
  @SqlQuery("SELECT creation_digest FROM polls WHERE id = :id")
  String creationDigest(@Bind("id") long id);

  @SqlQuery(
      POLL_WITH_OPTIONS
          + """
      polls p LEFT JOIN poll_options o ON o.poll_id = p.id
      WHERE p.id = :id ORDER BY o.position
      """)
  @UseRowReducer(PollWithOptionsReducer.class)
  Optional<Poll> find(@Bind("id") long id);

  /** Polls of a guild, newest first; {@code status} null means any. */
  @SqlQuery(
      POLL_WITH_OPTIONS
          + """
      (SELECT * FROM polls WHERE guild_id = :guildId
      AND (CAST(:status AS varchar) IS NULL OR status = lower(CAST(:status AS varchar)))
      ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset) p
      LEFT JOIN poll_options o ON o.poll_id = p.id
      """
          + NEWEST_FIRST)
  @UseRowReducer(PollWithOptionsReducer.class)
  List<Poll> listByGuild(
      @Bind("guildId") long guildId,
      @Bind("status") PollStatus status,
      @Bind("limit") int limit,
      @Bind("offset") int offset);

  @SqlQuery(
      """
      SELECT count(*) FROM polls WHERE guild_id = :guildId
      AND (CAST(:status AS varchar) IS NULL OR status = lower(CAST(:status AS varchar)))
      """)
  long countByGuild(@Bind("guildId") long guildId, @Bind("status") PollStatus status);

  /**
   * Replaces the editable fields (all but guild and creator) and the options of a scheduled poll if
   * {@code expectedVersion} matches, bumping the version; empty on a stale version, a missing poll
   * or a poll that is no longer scheduled.
   */
  @Transaction
  default Optional<Poll> updateScheduled(long id, int expectedVersion, NewPoll changes) {
    if (!updateScheduledRow(id, expectedVersion, changes, changes.timezone().getId())) {
      return Optional.empty();
    }
    deleteOptions(id);
    insertOptions(id, StoredOptions.numbered(changes.options()));
    return find(id);
  }

  /** How an {@link #updateActive} ended. */
  enum ActiveEdit {
    /** Stored, version bumped. */
    EDITED,
    /** The poll is gone, no longer active, or its version is not the expected one. */
    STALE,
    /** The edit replaces the options but somebody has voted. */
    HAS_VOTES
  }

  /**
   * Applies {@code edit} to an active poll, if {@code expectedVersion} (null: any) matches, bumping
   * the version. The poll row is locked first, and every vote share-locks it (V2), so no vote can
   * slip in between the check for votes and the replacement of the options. A changed close time or
   * reminder makes the reminder due again.
   */
  @Transaction
  default ActiveEdit updateActive(long id, Integer expectedVersion, PollEdit edit) {
    Optional<Integer> version = lockActive(id);
    if (version.isEmpty() || (expectedVersion != null && !expectedVersion.equals(version.get()))) {
      return ActiveEdit.STALE;
    }
    if (edit.changesOptions()) {
      if (hasVotes(id)) {
        return ActiveEdit.HAS_VOTES;
      }
      deleteOptions(id);
      insertOptions(id, StoredOptions.numbered(edit.options()));
    }
    updateActiveRow(id, edit);
    return ActiveEdit.EDITED;
  }

  /**
   * Claims the reminder of an active poll whose reminder time has come: true for one caller at a
   * time; taken again once {@code leaseSeconds} pass without {@link #setReminderId}.
   */
  @SqlUpdate(
      """
      UPDATE polls SET reminded_at = now() WHERE id = :id AND status = 'active'
      AND remind_before_seconds IS NOT NULL
      AND closes_at - make_interval(secs => remind_before_seconds) <= :now
      AND (reminded_at IS NULL
        OR (reminder_message_id IS NULL
          AND reminded_at < now() - make_interval(secs => :leaseSeconds)))
      """)
  boolean claimReminder(
      @Bind("id") long id, @Bind("now") Instant now, @Bind("leaseSeconds") long leaseSeconds);

  /** Confirms a reminder with the id of the message that made it. */
  @SqlUpdate("UPDATE polls SET reminder_message_id = :messageId WHERE id = :id")
  boolean setReminderId(@Bind("id") long id, @Bind("messageId") long messageId);

  /**
   * Active polls whose reminder is due and unclaimed, or claimed but unconfirmed past the lease.
   */
  @SqlQuery(
      """
      SELECT id FROM polls WHERE status = 'active' AND remind_before_seconds IS NOT NULL
      AND reminder_message_id IS NULL
      AND closes_at - make_interval(secs => remind_before_seconds) <= :now
      AND (reminded_at IS NULL OR reminded_at < now() - make_interval(secs => :leaseSeconds))
      ORDER BY closes_at, id LIMIT :limit
      """)
  List<Long> remindersDue(
      @Bind("now") Instant now, @Bind("limit") int limit, @Bind("leaseSeconds") long leaseSeconds);

  /** {@code scheduled → active}; true for exactly one caller. */
  @SqlUpdate(
      """
      UPDATE polls SET status = 'active', version = version + 1, updated_at = now()
      WHERE id = :id AND status = 'scheduled'
      """)
  boolean markActive(@Bind("id") long id);

  /** {@code active → closed}, setting {@code closed_at}; true for exactly one caller. */
  @SqlUpdate(
      """
      UPDATE polls SET status = 'closed', closed_at = :closedAt, version = version + 1,
      updated_at = now() WHERE id = :id AND status = 'active'
      """)
  boolean markClosed(@Bind("id") long id, @Bind("closedAt") Instant closedAt);

  /** {@code closed → active} with a new close time; true for exactly one caller. */
  @SqlUpdate(
      """
      UPDATE polls SET status = 'active', closes_at = :newClosesAt, closed_at = NULL,
      close_announced_at = NULL, close_announcement_id = NULL,
      reminded_at = NULL, reminder_message_id = NULL,
      version = version + 1, updated_at = now() WHERE id = :id AND status = 'closed'
      """)
  boolean reopen(@Bind("id") long id, @Bind("newClosesAt") Instant newClosesAt);

  /**
   * Claims the posting of an active poll's message, whoever made it active (the bot's scheduler or
   * command, or the API): true for one caller at a time. A claim that no stored {@code message_id}
   * confirmed within {@code leaseSeconds} may be taken again, so a post lost to a dead worker or a
   * failing Discord is retried (with the same nonce, so never duplicated).
   */
  @SqlUpdate(
      """
      UPDATE polls SET posted_at = now() WHERE id = :id AND status = 'active'
      AND (posted_at IS NULL
        OR (message_id IS NULL AND posted_at < now() - make_interval(secs => :leaseSeconds)))
      """)
  boolean claimPost(@Bind("id") long id, @Bind("leaseSeconds") long leaseSeconds);

  /**
   * Claims the close announcement of a closed poll: true for one caller at a time; taken again once
   * {@code leaseSeconds} pass without {@link #setCloseAnnouncementId}.
   */
  @SqlUpdate(
      """
      UPDATE polls SET close_announced_at = now() WHERE id = :id AND status = 'closed'
      AND (close_announced_at IS NULL
        OR (close_announcement_id IS NULL
          AND close_announced_at < now() - make_interval(secs => :leaseSeconds)))
      """)
  boolean claimCloseAnnouncement(@Bind("id") long id, @Bind("leaseSeconds") long leaseSeconds);

  /** Confirms a close announcement with the id of the message that made it. */
  @SqlUpdate("UPDATE polls SET close_announcement_id = :messageId WHERE id = :id")
  boolean setCloseAnnouncementId(@Bind("id") long id, @Bind("messageId") long messageId);

  /** Active polls whose message is unclaimed, or claimed but unconfirmed past the lease. */
  @SqlQuery(
      """
      SELECT id FROM polls WHERE status = 'active'
      AND (posted_at IS NULL
        OR (message_id IS NULL AND posted_at < now() - make_interval(secs => :leaseSeconds)))
      ORDER BY id LIMIT :limit
      """)
  List<Long> activeUnposted(@Bind("limit") int limit, @Bind("leaseSeconds") long leaseSeconds);

  /** Closed polls whose announcement is unclaimed, or claimed but unconfirmed past the lease. */
  @SqlQuery(
      """
      SELECT id FROM polls WHERE status = 'closed'
      AND (close_announced_at IS NULL
        OR (close_announcement_id IS NULL
          AND close_announced_at < now() - make_interval(secs => :leaseSeconds)))
      ORDER BY id LIMIT :limit
      """)
  List<Long> closedUnannounced(@Bind("limit") int limit, @Bind("leaseSeconds") long leaseSeconds);

  /** Records the Discord message of a posted poll (not an edit: the version is unchanged). */
  @SqlUpdate("UPDATE polls SET message_id = :messageId, updated_at = now() WHERE id = :id")
  boolean setMessageId(@Bind("id") long id, @Bind("messageId") long messageId);

  /**
   * Deletes a poll with its options and votes (by cascade) and, in the same statement, records its
   * posted Discord message in {@code deleted_poll_messages} for the bot to mark as deleted (see
   * {@link DeletedMessageDao}). False when there was no such poll.
   */
  @SqlQuery(
      """
      WITH gone AS (
        DELETE FROM polls WHERE id = :id
        RETURNING id, guild_id, channel_id, message_id, title),
      kept AS (
        INSERT INTO deleted_poll_messages (poll_id, guild_id, channel_id, message_id, title)
        SELECT id, guild_id, channel_id, message_id, title FROM gone WHERE message_id IS NOT NULL)
      SELECT count(*) > 0 FROM gone
      """)
  boolean delete(@Bind("id") long id);

  /** Scheduled polls whose {@code opens_at <= now}, oldest first. */
  @SqlQuery(
      POLL_WITH_OPTIONS
          + """
      (SELECT * FROM polls WHERE status = 'scheduled'
      AND opens_at <= :now ORDER BY opens_at, id LIMIT :limit) p
      LEFT JOIN poll_options o ON o.poll_id = p.id ORDER BY p.opens_at, p.id, o.position
      """)
  @UseRowReducer(PollWithOptionsReducer.class)
  List<Poll> dueToOpen(@Bind("now") Instant now, @Bind("limit") int limit);

  /** Active polls whose {@code closes_at <= now}, oldest first. */
  @SqlQuery(
      POLL_WITH_OPTIONS
          + """
      (SELECT * FROM polls WHERE status = 'active'
      AND closes_at <= :now ORDER BY closes_at, id LIMIT :limit) p
      LEFT JOIN poll_options o ON o.poll_id = p.id ORDER BY p.closes_at, p.id, o.position
      """)
  @UseRowReducer(PollWithOptionsReducer.class)
  List<Poll> dueToClose(@Bind("now") Instant now, @Bind("limit") int limit);

  /** Ids of active polls, most recently updated first (for cache warming). */
  @SqlQuery(
      """
      SELECT id FROM polls WHERE status = 'active' ORDER BY updated_at DESC, id DESC
      LIMIT :limit
      """)
  List<Long> activePollIds(@Bind("limit") int limit);

  // ---- statements: single SQL steps of the operations above ----

  /**
   * Statement of {@link #create}: the poll row alone; returns its id, or nothing when the creator
   * already stored a poll under {@code key}.
   */
  @SqlQuery(
      """
      INSERT INTO polls (guild_id, channel_id, creator_id, title, question, anonymous,
      hide_results, max_choices, allowed_role_id, ping_role_id, ping_on_open, ping_on_close,
      image_url, opens_at, closes_at, timezone, status, kind, remind_before_seconds,
      creation_key, creation_digest)
      VALUES (:p.guildId, :p.channelId,
      :p.creatorId, :p.title, :p.question, :p.anonymous, :p.hideResults, :p.maxChoices,
      :p.allowedRoleId, :p.pingRoleId, :p.pingOnOpen, :p.pingOnClose, :p.imageUrl,
      :p.opensAt, :p.closesAt, :zone, :status, lower(CAST(:p.kind AS varchar)),
      :p.remindBeforeSeconds, :key, :digest)
      ON CONFLICT (creator_id, creation_key) WHERE creation_key IS NOT NULL DO NOTHING
      RETURNING id
      """)
  Optional<Long> insertPoll(
      @BindMethods("p") NewPoll poll,
      @Bind("zone") String zone,
      @Bind("status") String status,
      @Bind("key") String key,
      @Bind("digest") String digest);

  /** Statement of {@link #updateScheduled}: the poll row alone, compare-and-set on version. */
  @SqlUpdate(
      """
      UPDATE polls SET channel_id = :p.channelId, title = :p.title,
      question = :p.question, anonymous = :p.anonymous, hide_results = :p.hideResults,
      max_choices = :p.maxChoices, allowed_role_id = :p.allowedRoleId,
      ping_role_id = :p.pingRoleId, ping_on_open = :p.pingOnOpen,
      ping_on_close = :p.pingOnClose, image_url = :p.imageUrl, opens_at = :p.opensAt,
      closes_at = :p.closesAt, timezone = :zone, kind = lower(CAST(:p.kind AS varchar)),
      remind_before_seconds = :p.remindBeforeSeconds,
      version = version + 1, updated_at = now()
      WHERE id = :id AND version = :version AND status = 'scheduled'
      """)
  boolean updateScheduledRow(
      @Bind("id") long id,
      @Bind("version") int expectedVersion,
      @BindMethods("p") NewPoll changes,
      @Bind("zone") String zone);

  /** Statement of {@link #updateActive}: locks the active poll's row; its version, if active. */
  @SqlQuery("SELECT version FROM polls WHERE id = :id AND status = 'active' FOR UPDATE")
  Optional<Integer> lockActive(@Bind("id") long id);

  /** Statement of {@link #updateActive}: whether anybody has voted on, or ranked, the poll. */
  @SqlQuery(
      "SELECT EXISTS (SELECT 1 FROM votes WHERE poll_id = :id)"
          + " OR EXISTS (SELECT 1 FROM ballots WHERE poll_id = :id)")
  boolean hasVotes(@Bind("id") long id);

  /** Statement of {@link #updateActive}: the poll row, on a row locked by {@link #lockActive}. */
  @SqlUpdate(
      """
      UPDATE polls SET title = :e.title, question = :e.question, closes_at = :e.closesAt,
      reminded_at = CASE WHEN closes_at = :e.closesAt
        AND remind_before_seconds IS NOT DISTINCT FROM :e.remindBeforeSeconds
        THEN reminded_at END,
      reminder_message_id = CASE WHEN closes_at = :e.closesAt
        AND remind_before_seconds IS NOT DISTINCT FROM :e.remindBeforeSeconds
        THEN reminder_message_id END,
      remind_before_seconds = :e.remindBeforeSeconds,
      version = version + 1, updated_at = now() WHERE id = :id AND status = 'active'
      """)
  boolean updateActiveRow(@Bind("id") long id, @BindMethods("e") PollEdit edit);

  /** Statement of {@link #create} and {@link #updateScheduled}. */
  @SqlBatch(
      """
      INSERT INTO poll_options (poll_id, position, label, emoji)
      VALUES (:pollId, :position, :label, :emoji)
      """)
  void insertOptions(@Bind("pollId") long pollId, @BindMethods List<PollOption> options);

  /** Statement of {@link #updateScheduled}. */
  @SqlUpdate("DELETE FROM poll_options WHERE poll_id = :pollId")
  int deleteOptions(@Bind("pollId") long pollId);
}
