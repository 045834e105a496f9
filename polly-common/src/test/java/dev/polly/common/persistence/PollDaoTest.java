package dev.polly.common.persistence;

import static dev.polly.common.testing.PollFixtures.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollKind;
import dev.polly.common.domain.PollOption;
import dev.polly.common.domain.PollStatus;
import dev.polly.common.testing.PollFixtures;
import dev.polly.common.testing.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link PollDao} against a real PostgreSQL. */
class PollDaoTest {
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  private final TestPostgres postgres = TestPostgres.get();
  private final PollDao polls = postgres.database().polls();

  @BeforeEach
  void setUp() {
    postgres.truncateAll();
  }

  @Test
  void createStoresEveryFieldAndTheOptionsInOrder() {
    NewPoll request =
        new NewPoll(
            GUILD_ID,
            2L,
            3L,
            "Title",
            "Question?",
            true,
            true,
            2,
            44L,
            55L,
            true,
            true,
            "https://example.com/a.png",
            NOW,
            NOW.plus(Duration.ofDays(1)),
            ZoneId.of("America/New_York"),
            List.of(new PollOption(7, "Red", "🔴"), new PollOption(9, "Blue", null)),
            PollKind.CHOICE,
            null);

    Poll poll = polls.create(request, false);

    assertThat(poll.id()).isPositive();
    assertThat(poll.status()).isEqualTo(PollStatus.SCHEDULED);
    assertThat(poll.version()).isZero();
    assertThat(poll.messageId()).isNull();
    assertThat(poll.closedAt()).isNull();
    assertThat(poll.createdAt()).isNotNull();
    assertThat(poll)
        .extracting(
            Poll::guildId,
            Poll::channelId,
            Poll::creatorId,
            Poll::title,
            Poll::question,
            Poll::anonymous,
            Poll::hideResults,
            Poll::maxChoices,
            Poll::allowedRoleId,
            Poll::pingRoleId,
            Poll::pingOnOpen,
            Poll::pingOnClose,
            Poll::imageUrl,
            Poll::opensAt,
            Poll::closesAt,
            Poll::timezone)
        .containsExactly(
            GUILD_ID,
            2L,
            3L,
            "Title",
            "Question?",
            true,
            true,
            2,
            44L,
            55L,
            true,
            true,
            "https://example.com/a.png",
            NOW,
            NOW.plus(Duration.ofDays(1)),
            ZoneId.of("America/New_York"));
    assertThat(poll.options())
        .containsExactly(new PollOption(0, "Red", "🔴"), new PollOption(1, "Blue", null));
    assertThat(polls.find(poll.id())).contains(poll);
  }

  @Test
  void createActiveNowStartsActive() {
    assertThat(polls.create(PollFixtures.newPoll(2, 1, NOW), true).status())
        .isEqualTo(PollStatus.ACTIVE);
  }

  @Test
  void createIsAtomicWhenAnOptionIsRejected() {
    List<PollOption> duplicate =
        List.of(new PollOption(0, "Same", null), new PollOption(1, "same", null));
    assertThatThrownBy(() -> polls.create(PollFixtures.newPoll(GUILD_ID, duplicate, 1, NOW), false))
        .hasMessageContaining("poll_options_label_folded_idx");
    assertThat(polls.countByGuild(GUILD_ID, null)).isZero();
  }

  @Test
  void findOfUnknownIdIsEmpty() {
    assertThat(polls.find(999)).isEmpty();
  }

  @Test
  void listByGuildPagesNewestFirstAndFiltersByStatus() {
    Poll first = polls.create(PollFixtures.newPoll(2, 1, NOW), false);
    Poll second = polls.create(PollFixtures.newPoll(3, 1, NOW), true);
    Poll third = polls.create(PollFixtures.newPoll(4, 1, NOW), true);
    polls.create(PollFixtures.newPoll(999L, PollFixtures.options(2), 1, NOW), true);

    assertThat(polls.listByGuild(GUILD_ID, null, 2, 0))
        .extracting(Poll::id)
        .containsExactly(third.id(), second.id());
    assertThat(polls.listByGuild(GUILD_ID, null, 2, 2))
        .extracting(Poll::id)
        .containsExactly(first.id());
    assertThat(polls.listByGuild(GUILD_ID, PollStatus.ACTIVE, 10, 0))
        .extracting(p -> p.options().size())
        .containsExactly(4, 3);
    assertThat(polls.countByGuild(GUILD_ID, null)).isEqualTo(3);
    assertThat(polls.countByGuild(GUILD_ID, PollStatus.SCHEDULED)).isEqualTo(1);
    assertThat(polls.countByGuild(GUILD_ID, PollStatus.CLOSED)).isZero();
  }

  @Test
  void updateScheduledReplacesFieldsAndOptionsWhenVersionMatches() {
    Poll poll = polls.create(PollFixtures.newPoll(2, 1, NOW), false);
    NewPoll changes =
        PollFixtures.newPoll(GUILD_ID, PollFixtures.options(5), 3, NOW.plusSeconds(60));

    Poll updated = polls.updateScheduled(poll.id(), poll.version(), changes).orElseThrow();

    assertThat(updated.version()).isEqualTo(poll.version() + 1);
    assertThat(updated.maxChoices()).isEqualTo(3);
    assertThat(updated.opensAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(updated.options()).hasSize(5);
    assertThat(polls.updateScheduled(poll.id(), poll.version(), changes))
        .as("stale version")
        .isEmpty();
  }

  @Test
  void updateScheduledRefusesAnActivePoll() {
    Poll poll = polls.create(PollFixtures.newPoll(2, 1, NOW), true);
    assertThat(polls.updateScheduled(poll.id(), poll.version(), PollFixtures.newPoll(3, 1, NOW)))
        .isEmpty();
    assertThat(polls.find(poll.id()).orElseThrow().options()).hasSize(2);
  }

  @Test
  void transitionsAreCompareAndSetAndBumpTheVersion() {
    Poll poll = polls.create(PollFixtures.newPoll(2, 1, NOW), false);
    Instant closedAt = NOW.plusSeconds(30);
    Instant newClose = NOW.plus(Duration.ofDays(2));

    assertThat(polls.markClosed(poll.id(), closedAt)).as("close while scheduled").isFalse();
    assertThat(polls.markActive(poll.id())).isTrue();
    assertThat(polls.markActive(poll.id())).as("second open").isFalse();
    assertThat(polls.reopen(poll.id(), newClose)).as("reopen while active").isFalse();
    assertThat(polls.markClosed(poll.id(), closedAt)).isTrue();
    assertThat(polls.markClosed(poll.id(), closedAt)).as("second close").isFalse();
    Poll closed = polls.find(poll.id()).orElseThrow();
    assertThat(closed.status()).isEqualTo(PollStatus.CLOSED);
    assertThat(closed.closedAt()).isEqualTo(closedAt);
    assertThat(closed.version()).isEqualTo(2);

    assertThat(polls.reopen(poll.id(), newClose)).isTrue();
    Poll reopened = polls.find(poll.id()).orElseThrow();
    assertThat(reopened.status()).isEqualTo(PollStatus.ACTIVE);
    assertThat(reopened.closesAt()).isEqualTo(newClose);
    assertThat(reopened.closedAt()).isNull();
    assertThat(reopened.version()).isEqualTo(3);
  }

  @Test
  void setMessageIdAndDelete() {
    Poll poll = polls.create(PollFixtures.newPoll(2, 1, NOW), true);
    assertThat(polls.setMessageId(poll.id(), 777L)).isTrue();
    assertThat(polls.find(poll.id()).orElseThrow().messageId()).isEqualTo(777L);
    assertThat(polls.delete(poll.id())).isTrue();
    assertThat(polls.delete(poll.id())).isFalse();
    assertThat(polls.find(poll.id())).isEmpty();
  }

  @Test
  void dueQueriesReturnOnlyOverduePollsOfTheRightStatusOldestFirst() {
    Poll late = polls.create(PollFixtures.newPoll(2, 1, NOW.minusSeconds(120)), false);
    Poll due = polls.create(PollFixtures.newPoll(2, 1, NOW.minusSeconds(10)), false);
    polls.create(PollFixtures.newPoll(2, 1, NOW.plusSeconds(600)), false);
    Poll closing = polls.create(PollFixtures.newPoll(2, 1, NOW.minus(Duration.ofHours(2))), true);
    polls.create(PollFixtures.newPoll(2, 1, NOW), true);

    assertThat(polls.dueToOpen(NOW, 10)).extracting(Poll::id).containsExactly(late.id(), due.id());
    assertThat(polls.dueToOpen(NOW, 1)).extracting(Poll::id).containsExactly(late.id());
    assertThat(polls.dueToClose(NOW, 10)).extracting(Poll::id).containsExactly(closing.id());
    assertThat(polls.dueToClose(NOW, 10).get(0).options()).hasSize(2);
  }

  @Test
  void activePollIdsListsMostRecentlyUpdatedFirst() {
    Poll a = polls.create(PollFixtures.newPoll(2, 1, NOW), true);
    Poll b = polls.create(PollFixtures.newPoll(2, 1, NOW), true);
    polls.create(PollFixtures.newPoll(2, 1, NOW), false);
    polls.setMessageId(a.id(), 1L);

    assertThat(polls.activePollIds(10)).containsExactly(a.id(), b.id());
  }
}
