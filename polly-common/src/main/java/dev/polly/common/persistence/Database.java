package dev.polly.common.persistence;

import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The persistence layer of one process: the {@link Jdbi} and one on-demand DAO per table group.
 * Built by {@link DatabaseFactory#build} in production and by the test support in tests; both go
 * through {@link #attach} so that the DAOs are configured the same way.
 */
public record Database(
    Jdbi jdbi, PollDao polls, VoteDao votes, UserPreferencesDao preferences, SessionDao sessions) {

  public Database {
    Objects.requireNonNull(jdbi, "jdbi");
    Objects.requireNonNull(polls, "polls");
    Objects.requireNonNull(votes, "votes");
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(sessions, "sessions");
  }

  /**
   * Installs the SqlObject plugin (a no-op when Dropwizard's {@code JdbiFactory} already did) and
   * creates on-demand DAOs, each of which borrows a connection per call.
   */
  public static Database attach(Jdbi jdbi) {
    jdbi.installPlugin(new SqlObjectPlugin());
    return new Database(
        jdbi,
        jdbi.onDemand(PollDao.class),
        jdbi.onDemand(VoteDao.class),
        jdbi.onDemand(UserPreferencesDao.class),
        jdbi.onDemand(SessionDao.class));
  }

  /** {@link VoteDao#toggle} without the SqlObject proxy, for the bot's vote path. */
  public VoteToggle voteToggle() {
    return new VoteToggle(jdbi);
  }

  /** The deleted polls' messages still to be edited; call once and keep the DAO. */
  public DeletedMessageDao deletedMessages() {
    return jdbi.onDemand(DeletedMessageDao.class);
  }
}
