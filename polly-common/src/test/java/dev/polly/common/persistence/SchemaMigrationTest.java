package dev.polly.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polly.common.domain.Poll;
import dev.polly.common.testing.PollFixtures;
import dev.polly.common.testing.TestPostgres;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The V1 migration applied to a real PostgreSQL, and the invariants its constraints carry. */
class SchemaMigrationTest {
  private final TestPostgres postgres = TestPostgres.get();
  private final Jdbi jdbi = postgres.jdbi();
  private long pollId;

  @BeforeEach
  void setUp() {
    postgres.truncateAll();
    Poll poll = postgres.database().polls().create(PollFixtures.newPoll(3, 1, Instant.now()), true);
    pollId = poll.id();
  }

  @Test
  void migrationCreatesEveryTableAndRecordsItsVersion() {
    List<String> tables =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT table_name FROM information_schema.tables"
                            + " WHERE table_schema = 'public' ORDER BY table_name")
                    .mapTo(String.class)
                    .list());
    assertThat(tables).contains("polls", "poll_options", "votes", "user_preferences", "sessions");
    List<String> versions = TestPostgres.appliedMigrations(jdbi);
    assertThat(versions).startsWith("1", "2");
  }

  @Test
  void migratingTwiceAppliesNothingTheSecondTime() {
    var result = SchemaMigrator.migrate(postgres.jdbcUrl(), postgres.user(), postgres.password());
    assertThat(result.migrationsExecuted).isZero();
  }

  @Test
  void aDatabaseMigratedWithTheReleasedV1AndV3StillStartsAfterTheirCommentsWereReworded() {
    postgres
        .jdbi()
        .useHandle(
            h -> {
              h.execute(
                  "UPDATE flyway_schema_history SET checksum = 1875315694 WHERE version = '1'");
              h.execute(
                  "UPDATE flyway_schema_history SET checksum = 1443617011 WHERE version = '3'");
            });

    var result = SchemaMigrator.migrate(postgres.jdbcUrl(), postgres.user(), postgres.password());

    assertThat(result.migrationsExecuted).isZero();
    java.util.List<Integer> checksums =
        postgres
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT checksum FROM flyway_schema_history"
                                + " WHERE version IN ('1', '3') ORDER BY installed_rank")
                        .mapTo(Integer.class)
                        .list());
    assertThat(checksums).containsExactly(-1190988682, 593525856);
  }

  @Test
  void anyOtherChecksumChangeIsStillRefused() {
    postgres
        .jdbi()
        .useHandle(
            h -> h.execute("UPDATE flyway_schema_history SET checksum = 42 WHERE version = '1'"));
    try {
      assertThatThrownBy(
              () ->
                  SchemaMigrator.migrate(postgres.jdbcUrl(), postgres.user(), postgres.password()))
          .hasMessageContaining("checksum");
    } finally {
      postgres
          .jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "UPDATE flyway_schema_history SET checksum = -1190988682 WHERE version = '1'"));
    }
  }

  @Test
  void rejectsUnknownStatus() {
    assertViolates(
        "UPDATE polls SET status = 'archived' WHERE id = " + pollId, "polls_status_check");
  }

  @Test
  void rejectsMaxChoicesBelowOne() {
    assertViolates(
        "UPDATE polls SET max_choices = 0 WHERE id = " + pollId, "polls_max_choices_check");
  }

  @Test
  void rejectsCloseBeforeOpen() {
    assertViolates(
        "UPDATE polls SET closes_at = opens_at WHERE id = " + pollId,
        "polls_close_after_open_check");
  }

  @Test
  @DisplayName("labels are unique per poll, ignoring case and surrounding blanks")
  void rejectsDuplicateLabelIgnoringCase() {
    assertViolates(
        "INSERT INTO poll_options (poll_id, position, label) VALUES ("
            + pollId
            + ", 5, ' option 1')",
        "poll_options_label_folded_idx");
  }

  @Test
  void rejectsDuplicatePosition() {
    assertViolates(
        "INSERT INTO poll_options (poll_id, position, label) VALUES (" + pollId + ", 0, 'Other')",
        "poll_options_pkey");
  }

  @Test
  void rejectsVoteForMissingOption() {
    assertViolates(
        "INSERT INTO votes (poll_id, user_id, position) VALUES (" + pollId + ", 1, 9)",
        "votes_option_fk");
  }

  @Test
  @DisplayName("a second vote by one user on a single-choice poll is refused by the schema itself")
  void triggerRefusesSecondVoteOnSingleChoicePoll() {
    jdbi.useHandle(
        h -> h.execute("INSERT INTO votes (poll_id, user_id, position) VALUES (?, 1, 0)", pollId));
    assertViolates(
        "INSERT INTO votes (poll_id, user_id, position) VALUES (" + pollId + ", 1, 1)",
        "votes_max_choices_check");
  }

  @Test
  void deletingPollCascadesToOptionsAndVotes() {
    jdbi.useHandle(
        h -> h.execute("INSERT INTO votes (poll_id, user_id, position) VALUES (?, 1, 0)", pollId));
    jdbi.useHandle(h -> h.execute("DELETE FROM polls WHERE id = ?", pollId));
    assertThat(count("poll_options")).isZero();
    assertThat(count("votes")).isZero();
  }

  private long count(String table) {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
  }

  private void assertViolates(String sql, String constraint) {
    assertThatThrownBy(() -> jdbi.useHandle((Handle h) -> h.execute(sql)))
        .isInstanceOf(UnableToExecuteStatementException.class)
        .hasMessageContaining(constraint);
  }
}
