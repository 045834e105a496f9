package dev.polly.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollEdit;
import dev.polly.common.domain.PollKind;
import dev.polly.common.domain.PollOption;
import dev.polly.common.domain.ranked.RankedBallot;
import dev.polly.common.testing.PollFixtures;
import dev.polly.common.testing.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PollDao#updateActive} and the reminder claims against a real PostgreSQL. */
class ActiveEditDaoTest {
  private final TestPostgres postgres = TestPostgres.get();
  private final PollDao polls = postgres.database().polls();
  private final VoteDao votes = postgres.database().votes();

  @Test
  void optionsAreReplacedBeforeTheFirstVoteAndRefusedAfterItWhileTheVotesStay() {
    Poll poll = openPoll(null);
    List<PollOption> three = PollFixtures.options(3);

    assertThat(polls.updateActive(poll.id(), poll.version(), edit(poll, three, null)))
        .isEqualTo(PollDao.ActiveEdit.EDITED);
    assertThat(polls.find(poll.id()).orElseThrow().options()).hasSize(3);

    votes.toggle(poll.id(), 77L, 2);
    Poll voted = polls.find(poll.id()).orElseThrow();
    assertThat(
            polls.updateActive(
                voted.id(), voted.version(), edit(voted, PollFixtures.options(2), null)))
        .isEqualTo(PollDao.ActiveEdit.HAS_VOTES);
    assertThat(polls.find(poll.id()).orElseThrow().options()).hasSize(3);
    assertThat(votes.countsByPosition(poll.id())).containsEntry(2, 1L);

    assertThat(polls.updateActive(voted.id(), voted.version(), edit(voted, three, null)))
        .as("the same options again are no change")
        .isEqualTo(PollDao.ActiveEdit.EDITED);
  }

  @Test
  void aRankedPollsOptionsAreRefusedOnceSomebodyRankedThem() {
    Instant opens = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Poll poll = polls.create(PollFixtures.newPoll(3, 1, opens).withKind(PollKind.RANKED), true);
    postgres.database().ballots().submit(poll.id(), 78L, RankedBallot.of(2, 0));

    assertThat(
            polls.updateActive(
                poll.id(), poll.version(), edit(poll, PollFixtures.options(2), null)))
        .isEqualTo(PollDao.ActiveEdit.HAS_VOTES);
    assertThat(polls.find(poll.id()).orElseThrow().options()).hasSize(3);
  }

  @Test
  void aStaleVersionOrAClosedPollIsNotEdited() {
    Poll poll = openPoll(null);
    assertThat(polls.updateActive(poll.id(), poll.version() + 1, edit(poll, null, null)))
        .isEqualTo(PollDao.ActiveEdit.STALE);
    assertThat(polls.markClosed(poll.id(), Instant.now())).isTrue();
    assertThat(polls.updateActive(poll.id(), null, edit(poll, null, null)))
        .isEqualTo(PollDao.ActiveEdit.STALE);
  }

  @Test
  void aReminderIsClaimedOnceAndIsDueAgainAfterTheCloseTimeChanges() {
    Poll poll = openPoll(Duration.ofMinutes(50)); // due at close - 50 min = 10 min after open
    Instant beforeDue = poll.opensAt().plus(Duration.ofMinutes(5));
    Instant due = poll.opensAt().plus(Duration.ofMinutes(11));
    assertThat(polls.claimReminder(poll.id(), beforeDue, 60)).isFalse();
    assertThat(polls.remindersDue(due, 10, 60)).contains(poll.id());
    assertThat(polls.claimReminder(poll.id(), due, 60)).isTrue();
    assertThat(polls.claimReminder(poll.id(), due, 60)).as("claimed once").isFalse();
    assertThat(polls.setReminderId(poll.id(), 9L)).isTrue();
    assertThat(polls.remindersDue(due, 10, 0)).doesNotContain(poll.id());

    Poll now = polls.find(poll.id()).orElseThrow();
    polls.updateActive(now.id(), null, edit(now, null, Duration.ofMinutes(50)));
    assertThat(polls.remindersDue(due, 10, 0)).as("title-only edit").doesNotContain(poll.id());

    Poll again = polls.find(poll.id()).orElseThrow();
    PollEdit later =
        new PollEdit(
            again.title(),
            again.question(),
            again.closesAt().plus(Duration.ofMinutes(30)),
            null,
            Duration.ofMinutes(50));
    assertThat(polls.updateActive(again.id(), null, later)).isEqualTo(PollDao.ActiveEdit.EDITED);
    assertThat(polls.remindersDue(due.plus(Duration.ofMinutes(30)), 10, 0)).contains(poll.id());
    assertThat(polls.find(poll.id()).orElseThrow().remindBefore())
        .isEqualTo(Duration.ofMinutes(50));
  }

  private Poll openPoll(Duration remindBefore) {
    Instant opens = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return polls.create(PollFixtures.newPoll(2, 1, opens).withReminder(remindBefore), true);
  }

  private static PollEdit edit(Poll poll, List<PollOption> options, Duration remind) {
    return PollEdit.of(poll, poll.title() + "!", poll.question(), poll.closesAt(), options, remind);
  }
}
