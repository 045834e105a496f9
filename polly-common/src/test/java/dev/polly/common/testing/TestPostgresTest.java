package dev.polly.common.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polly.common.domain.UserPreferences;
import dev.polly.common.persistence.UserPreferencesDao;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shared test server: one per JVM, restartable on the same port with the same data. */
class TestPostgresTest {
  private final TestPostgres postgres = TestPostgres.get();

  @AfterEach
  void restart() {
    postgres.start();
  }

  @Test
  void sameInstanceForTheWholeJvm() {
    assertThat(TestPostgres.get()).isSameAs(postgres);
    assertThat(postgres.jdbcUrl())
        .isEqualTo("jdbc:postgresql://localhost:" + postgres.port() + "/postgres");
  }

  @Test
  void stopCausesFailuresAndStartRecoversOnTheSamePortWithTheSameData() {
    postgres.truncateAll();
    UserPreferencesDao preferences = postgres.database().preferences();
    preferences.upsert(new UserPreferences(5, 1L, null, null, "UTC", null));
    int port = postgres.port();

    postgres.stop();
    assertThat(postgres.running()).isFalse();
    assertThatThrownBy(() -> preferences.find(5)).isInstanceOf(RuntimeException.class);

    postgres.start();
    assertThat(postgres.port()).isEqualTo(port);
    assertThat(preferences.find(5)).map(UserPreferences::timezone).contains("UTC");
  }

  @Test
  void truncateAllEmptiesEveryTable() {
    postgres.database().preferences().upsert(new UserPreferences(6, null, null, null, null, null));
    postgres.database().polls().create(PollFixtures.newPoll(2, 1, java.time.Instant.now()), true);

    postgres.truncateAll();

    assertThat(postgres.database().preferences().find(6)).isEmpty();
    assertThat(postgres.database().polls().countByGuild(PollFixtures.GUILD_ID, null)).isZero();
  }
}
