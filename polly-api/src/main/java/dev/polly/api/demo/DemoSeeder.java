package dev.polly.api.demo;

import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollOption;
import dev.polly.common.domain.ranked.RankedBallot;
import dev.polly.common.persistence.BallotDao;
import dev.polly.common.persistence.PollDao;
import dev.polly.common.persistence.VoteDao;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds demo mode's polls ({@link DemoPoll#shipped()}) in the demo guild: an active poll with
 * votes, an anonymous one, a closed one with its final results, a ranked one with ballots and a
 * scheduled one. Idempotent: a restart finds the demo guild's polls and adds nothing. Votes come
 * from made-up voter ids through the normal vote path.
 */
public final class DemoSeeder {
  private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final long FIRST_VOTER = 1_100_000_000_000_100_000L;

  private final PollDao polls;
  private final VoteDao votes;
  private final BallotDao ballots;
  private final Clock clock;

  public DemoSeeder(PollDao polls, VoteDao votes, BallotDao ballots, Clock clock) {
    this.polls = polls;
    this.votes = votes;
    this.ballots = ballots;
    this.clock = clock;
  }

  /** Seeds the polls unless the demo guild has some already; returns how many were created. */
  public int seed() {
    if (polls.countByGuild(DemoGuild.GUILD_ID, null) > 0) {
      return 0;
    }
    Instant now = clock.instant();
    List<DemoPoll> demo = DemoPoll.shipped();
    for (DemoPoll d : demo) {
      Poll poll = create(d, now);
      vote(poll, d.options());
      rank(poll, d.ballots());
      if (d.closed()) {
        polls.markClosed(poll.id(), poll.closesAt());
      }
    }
    LOG.info("Demo mode: seeded {} polls in the demo guild {}", demo.size(), DemoGuild.GUILD_ID);
    return demo.size();
  }

  private Poll create(DemoPoll d, Instant now) {
    List<PollOption> options = new ArrayList<>();
    for (DemoPoll.Option o : d.options()) {
      options.add(new PollOption(options.size(), o.label(), o.emoji()));
    }
    Instant opensAt = d.opensAt(now);
    NewPoll poll =
        new NewPoll(
            DemoGuild.GUILD_ID,
            DemoGuild.POLLS,
            DemoGuild.USER_ID,
            d.title(),
            d.question(),
            d.anonymous(),
            false,
            1,
            null,
            null,
            false,
            false,
            null,
            opensAt,
            d.closesAt(now),
            ZONE,
            options,
            d.pollKind(),
            null);
    return polls.create(poll, !opensAt.isAfter(clock.instant()));
  }

  /** Submits each ballot of a ranked poll, each from a different made-up voter. */
  private void rank(Poll poll, List<List<Integer>> rankings) {
    long voter = FIRST_VOTER;
    for (List<Integer> ranking : rankings) {
      ballots.submit(poll.id(), voter++, new RankedBallot(ranking));
    }
  }

  /** Casts each option's votes, each from a different made-up voter. */
  private void vote(Poll poll, List<DemoPoll.Option> options) {
    long voter = FIRST_VOTER;
    for (int position = 0; position < options.size(); position++) {
      for (int n = 0; n < options.get(position).votes(); n++) {
        votes.toggle(poll.id(), voter++, position);
      }
    }
  }
}
