package dev.polly.api.demo;

import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollKind;
import dev.polly.common.domain.PollOption;
import dev.polly.common.persistence.PollDao;
import dev.polly.common.persistence.VoteDao;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds demo mode's polls in the demo guild: an active poll with votes, an anonymous one, a closed
 * one with its final results and a scheduled one. Idempotent: a restart finds the demo guild's
 * polls and adds nothing. Votes come from made-up voter ids through the normal vote path.
 */
public final class DemoSeeder {
  private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
  private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
  private static final long FIRST_VOTER = 1_100_000_000_000_100_000L;

  private final PollDao polls;
  private final VoteDao votes;
  private final Clock clock;

  public DemoSeeder(PollDao polls, VoteDao votes, Clock clock) {
    this.polls = polls;
    this.votes = votes;
    this.clock = clock;
  }

  /** Seeds the polls unless the demo guild has some already; returns how many were created. */
  public int seed() {
    if (polls.countByGuild(DemoGuild.GUILD_ID, null) > 0) {
      return 0;
    }
    Instant now = clock.instant();
    Poll lunch =
        create(
            "Team lunch",
            "Where should we go for Friday's team lunch?",
            List.of("Pizza", "Sushi", "Tacos", "Salad bar"),
            List.of("🍕", "🍣", "🌮", "🥗"),
            false,
            now.minus(Duration.ofHours(2)),
            now.plus(Duration.ofDays(2)));
    vote(lunch, new int[] {7, 5, 3, 1});
    Poll feedback =
        create(
            "Anonymous feedback",
            "How did you like this month's game night?",
            List.of("Loved it", "It was fine", "Not for me"),
            List.of("😍", "🙂", "😕"),
            true,
            now.minus(Duration.ofHours(1)),
            now.plus(Duration.ofDays(1)));
    vote(feedback, new int[] {4, 2, 1});
    Poll logo =
        create(
            "New server icon",
            "Which icon should the server use?",
            List.of("Blue parrot", "Green parrot"),
            List.of("🦜", "🟢"),
            false,
            now.minus(Duration.ofDays(3)),
            now.minus(Duration.ofDays(1)));
    vote(logo, new int[] {6, 9});
    polls.markClosed(logo.id(), now.minus(Duration.ofDays(1)));
    create(
        "Next movie night",
        "Which film should we watch next week?",
        List.of("Arrival", "Spirited Away", "The Matrix"),
        List.of("👽", "🐉", "💊"),
        false,
        now.plus(Duration.ofDays(1)),
        now.plus(Duration.ofDays(3)));
    LOG.info("Demo mode: seeded 4 polls in the demo guild {}", DemoGuild.GUILD_ID);
    return 4;
  }

  private Poll create(
      String title,
      String question,
      List<String> labels,
      List<String> emojis,
      boolean anonymous,
      Instant opensAt,
      Instant closesAt) {
    List<PollOption> options = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      options.add(new PollOption(i, labels.get(i), emojis.get(i)));
    }
    NewPoll poll =
        new NewPoll(
            DemoGuild.GUILD_ID,
            DemoGuild.POLLS,
            DemoGuild.USER_ID,
            title,
            question,
            anonymous,
            false,
            1,
            null,
            null,
            false,
            false,
            null,
            opensAt,
            closesAt,
            ZONE,
            options,
            PollKind.CHOICE,
            null);
    return polls.create(poll, !opensAt.isAfter(clock.instant()));
  }

  /** Casts {@code counts[i]} votes for option {@code i}, each from a different voter. */
  private void vote(Poll poll, int[] counts) {
    long voter = FIRST_VOTER;
    for (int position = 0; position < counts.length; position++) {
      for (int n = 0; n < counts[position]; n++) {
        votes.toggle(poll.id(), voter++, position);
      }
    }
  }
}
