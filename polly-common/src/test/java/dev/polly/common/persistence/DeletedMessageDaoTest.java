package dev.polly.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.domain.DeletedPollMessage;
import dev.polly.common.domain.Poll;
import dev.polly.common.testing.PollFixtures;
import dev.polly.common.testing.TestPostgres;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeletedMessageDaoTest {
  private final TestPostgres postgres = TestPostgres.get();
  private final PollDao polls = postgres.database().polls();
  private final DeletedMessageDao deleted = postgres.database().deletedMessages();

  @BeforeEach
  void clean() {
    postgres.truncateAll();
  }

  @Test
  @DisplayName(
      "deleting a posted poll records its message in the same statement; an unposted one records nothing")
  void deleteRecordsThePostedMessage() {
    Poll posted = polls.create(PollFixtures.newPoll(2, 1, Instant.now()), true);
    polls.setMessageId(posted.id(), 4242L);
    Poll unposted = polls.create(PollFixtures.newPoll(2, 1, Instant.now()), true);

    assertThat(polls.delete(posted.id())).isTrue();
    assertThat(polls.delete(unposted.id())).isTrue();

    assertThat(deleted.pending(posted.id())).contains(true);
    assertThat(deleted.pending(unposted.id())).isEmpty();
  }

  @Test
  @DisplayName("a claimed message is not claimed again while its lease runs; done ends it for good")
  void claimsHoldForTheirLease() {
    Poll poll = polls.create(PollFixtures.newPoll(2, 1, Instant.now()), true);
    polls.setMessageId(poll.id(), 99L);
    polls.delete(poll.id());

    Optional<DeletedPollMessage> first = deleted.claim(poll.id(), 60);
    assertThat(first).isPresent();
    assertThat(first.get().messageId()).isEqualTo(99L);
    assertThat(first.get().channelId()).isEqualTo(poll.channelId());
    assertThat(deleted.claim(poll.id(), 60)).isEmpty();
    assertThat(deleted.claimPending(60, 10)).isEmpty();

    // a lease of 0 s has run out at once: another worker may take it over
    assertThat(deleted.claimPending(0, 10))
        .extracting(DeletedPollMessage::pollId)
        .containsExactly(poll.id());

    assertThat(deleted.done(poll.id())).isTrue();
    assertThat(deleted.claimPending(0, 10)).isEmpty();
    assertThat(deleted.pending(poll.id())).contains(false);
  }
}
