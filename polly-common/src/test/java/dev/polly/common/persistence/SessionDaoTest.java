package dev.polly.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polly.common.domain.Session;
import dev.polly.common.testing.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link SessionDao} against a real PostgreSQL. */
class SessionDaoTest {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  private final TestPostgres postgres = TestPostgres.get();
  private final SessionDao sessions = postgres.database().sessions();

  @BeforeEach
  void setUp() {
    postgres.truncateAll();
  }

  @Test
  void createdSessionIsFoundWithItsGuildsUntilItExpires() {
    Session session =
        new Session(
            "tok-1", 7L, "alice", "abc", List.of(1L, 2L), NOW, NOW.plus(Duration.ofHours(1)));
    sessions.create(session);

    assertThat(sessions.findUnexpired("tok-1", NOW)).contains(session);
    assertThat(sessions.findUnexpired("tok-1", NOW.plus(Duration.ofHours(1)))).isEmpty();
    assertThat(sessions.findUnexpired("other", NOW)).isEmpty();
  }

  @Test
  void createWithoutCreatedAtUsesNowAndAcceptsNoGuilds() {
    sessions.create(new Session("tok-2", 7L, null, null, List.of(), null, NOW.plusSeconds(60)));

    Session stored = sessions.findUnexpired("tok-2", NOW).orElseThrow();
    assertThat(stored.createdAt()).isNotNull();
    assertThat(stored.manageableGuildIds()).isEmpty();
  }

  @Test
  void duplicateIdIsRefused() {
    Session session = new Session("tok-3", 7L, "a", null, List.of(), NOW, NOW.plusSeconds(60));
    sessions.create(session);
    assertThatThrownBy(() -> sessions.create(session)).hasMessageContaining("sessions_pkey");
  }

  @Test
  void deleteAndDeleteExpired() {
    sessions.create(
        new Session("old", 1L, "a", null, List.of(), NOW.minusSeconds(120), NOW.minusSeconds(60)));
    sessions.create(new Session("new", 1L, "a", null, List.of(), NOW, NOW.plusSeconds(60)));

    assertThat(sessions.deleteExpired(NOW)).isEqualTo(1);
    assertThat(sessions.delete("new")).isTrue();
    assertThat(sessions.delete("new")).isFalse();
  }
}
