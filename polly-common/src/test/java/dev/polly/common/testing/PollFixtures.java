package dev.polly.common.testing;

import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.PollKind;
import dev.polly.common.domain.PollOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Valid {@link NewPoll}s for tests: a guild, channel and creator, an hour-long window starting at
 * the given instant, and options labelled "Option 1".."Option n".
 */
public final class PollFixtures {
  public static final long GUILD_ID = 111_111_111_111L;
  public static final long CHANNEL_ID = 222_222_222_222L;
  public static final long CREATOR_ID = 333_333_333_333L;

  private PollFixtures() {}

  /** A poll with {@code optionCount} options and {@code maxChoices}, opening at {@code opensAt}. */
  public static NewPoll newPoll(int optionCount, int maxChoices, Instant opensAt) {
    return newPoll(GUILD_ID, options(optionCount), maxChoices, opensAt);
  }

  public static NewPoll newPoll(
      long guildId, List<PollOption> options, int maxChoices, Instant opensAt) {
    return new NewPoll(
        guildId,
        CHANNEL_ID,
        CREATOR_ID,
        "Lunch",
        "Where do we eat?",
        false,
        false,
        maxChoices,
        null,
        null,
        false,
        false,
        null,
        opensAt,
        opensAt.plus(Duration.ofHours(1)),
        ZoneId.of("Europe/Paris"),
        options,
        PollKind.CHOICE,
        null);
  }

  /** Options at positions 0..n-1 labelled "Option 1".."Option n", without emoji. */
  public static List<PollOption> options(int count) {
    List<PollOption> options = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      options.add(new PollOption(i, "Option " + (i + 1), null));
    }
    return options;
  }
}
