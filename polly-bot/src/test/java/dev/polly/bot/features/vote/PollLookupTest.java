package dev.polly.bot.features.vote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.domain.Poll;
import dev.polly.common.persistence.Database;
import dev.polly.common.testing.PollFixtures;
import dev.polly.common.testing.TestPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The in-process poll copies against real PostgreSQL: a fresh copy is served even after the row
 * changed, an expired or forgotten one is read again, and a missing poll is remembered as missing.
 */
class PollLookupTest {
  private final Database db = TestPostgres.get().database();
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  private final PollLookup lookup = new PollLookup(db.polls(), clock, Duration.ofSeconds(2));

  @Test
  void servesTheCopyUntilItExpiresOrIsForgotten() {
    Poll poll = db.polls().create(PollFixtures.newPoll(2, 1, Instant.now()), true);
    assertThat(lookup.find(poll.id())).contains(poll);

    db.polls().markClosed(poll.id(), Instant.now());
    assertThat(lookup.find(poll.id()).orElseThrow().status()).isEqualTo(poll.status());

    now.set(now.get().plusSeconds(3));
    assertThat(lookup.find(poll.id()).orElseThrow().status()).isNotEqualTo(poll.status());

    db.polls().reopen(poll.id(), Instant.now().plusSeconds(3600));
    lookup.forget(poll.id());
    assertThat(lookup.find(poll.id()).orElseThrow().status()).isEqualTo(poll.status());
  }

  @Test
  void remembersAMissingPoll() {
    assertThat(lookup.find(Long.MAX_VALUE - 7)).isEmpty();
    assertThat(lookup.find(Long.MAX_VALUE - 7)).isEmpty();
  }
}
