package dev.polly.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.domain.UserPreferences;
import dev.polly.common.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link UserPreferencesDao} against a real PostgreSQL. */
class UserPreferencesDaoTest {
  private final TestPostgres postgres = TestPostgres.get();
  private final UserPreferencesDao preferences = postgres.database().preferences();

  @BeforeEach
  void setUp() {
    postgres.truncateAll();
  }

  @Test
  void findOfUnknownUserIsEmpty() {
    assertThat(preferences.find(1)).isEmpty();
  }

  @Test
  void upsertInsertsThenReplacesEveryField() {
    UserPreferences first =
        preferences.upsert(new UserPreferences(1, 10L, 20L, 30L, "Europe/Paris", null));
    assertThat(first)
        .extracting(
            UserPreferences::userId,
            UserPreferences::lastGuildId,
            UserPreferences::lastChannelId,
            UserPreferences::lastRoleId,
            UserPreferences::timezone)
        .containsExactly(1L, 10L, 20L, 30L, "Europe/Paris");
    assertThat(first.updatedAt()).isNotNull();

    UserPreferences replaced =
        preferences.upsert(new UserPreferences(1, 11L, null, null, null, null));

    assertThat(replaced).isEqualTo(preferences.find(1).orElseThrow());
    assertThat(replaced.lastGuildId()).isEqualTo(11L);
    assertThat(replaced.lastChannelId()).isNull();
    assertThat(replaced.timezone()).isNull();
  }

  @Test
  void patchSetsOnlyNonNullFieldsAndInsertsWhenMissing() {
    UserPreferences inserted =
        preferences.patch(new UserPreferences(2, null, null, null, "UTC", null));
    assertThat(inserted.timezone()).isEqualTo("UTC");
    assertThat(inserted.lastGuildId()).isNull();

    UserPreferences patched = preferences.patch(new UserPreferences(2, 5L, 6L, null, null, null));

    assertThat(patched.lastGuildId()).isEqualTo(5L);
    assertThat(patched.lastChannelId()).isEqualTo(6L);
    assertThat(patched.timezone()).isEqualTo("UTC");
    assertThat(patched.updatedAt()).isAfterOrEqualTo(inserted.updatedAt());
  }

  @Test
  void recentUserIdsListsLatestWritersFirst() {
    preferences.patch(new UserPreferences(1, 1L, null, null, null, null));
    preferences.patch(new UserPreferences(2, 1L, null, null, null, null));
    preferences.patch(new UserPreferences(3, 1L, null, null, null, null));
    preferences.patch(new UserPreferences(1, 2L, null, null, null, null));

    assertThat(preferences.recentUserIds(2)).containsExactly(1L, 3L);
  }
}
