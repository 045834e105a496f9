package dev.polly.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.domain.Poll;
import dev.polly.common.testing.PollFixtures;
import dev.polly.common.testing.TestPostgres;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SmokeIT {
  @Test
  void smoke() {
    Database db = TestPostgres.get().database();
    Poll p = db.polls().create(PollFixtures.newPoll(3, 1, Instant.now()), true);
    assertThat(p.options()).hasSize(3);
    assertThat(db.votes().toggle(p.id(), 5, 1).result()).isEqualTo(VoteOutcome.Result.ADDED);
    assertThat(db.votes().toggle(p.id(), 5, 2).result()).isEqualTo(VoteOutcome.Result.SWITCHED);
    assertThat(db.votes().countsByPosition(p.id())).containsEntry(2, 1L);
    assertThat(db.votes().listVotes(p.id())).hasSize(1);
    assertThat(db.polls().listByGuild(PollFixtures.GUILD_ID, null, 10, 0)).hasSize(1);
  }
}
