package dev.polly.api.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.api.FieldError;
import dev.polly.api.errors.ValidationFailedException;
import dev.polly.common.domain.GuildRole;
import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.PollKind;
import dev.polly.common.domain.PollOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GuildChecksTest {
  static final long GUILD = 100;

  /** Guild {@link #GUILD}: postable channel 200, roles 300 (voters), 301 (pingable), emoji 700. */
  final GuildChecks checks =
      new GuildChecks(
          new GuildFacts() {
            @Override
            public Set<Long> postableChannelIds(long guildId) {
              return guildId == GUILD ? Set.of(200L) : Set.of();
            }

            @Override
            public List<GuildRole> roles(long guildId) {
              return List.of(
                  new GuildRole(GUILD, "@everyone", 0, true, false),
                  new GuildRole(300, "voters", 1, false, false),
                  new GuildRole(301, "pingme", 2, true, false));
            }

            @Override
            public Set<Long> emojiIds(long guildId) {
              return guildId == GUILD ? Set.of(700L) : Set.of();
            }
          });

  static NewPoll poll(long channel, Long allowedRole, Long pingRole, String... emojis) {
    List<PollOption> options = new ArrayList<>();
    for (int i = 0; i < emojis.length; i++) {
      options.add(new PollOption(i, "Option " + i, emojis[i]));
    }
    Instant opens = Instant.parse("2030-03-01T12:00:00Z");
    return new NewPoll(
        GUILD,
        channel,
        1,
        "Lunch?",
        "",
        false,
        false,
        1,
        allowedRole,
        pingRole,
        false,
        false,
        null,
        opens,
        opens.plusSeconds(3600),
        ZoneId.of("UTC"),
        options,
        PollKind.CHOICE,
        null);
  }

  List<String> refused(NewPoll poll) {
    try {
      checks.require(poll);
      return List.of();
    } catch (ValidationFailedException e) {
      return e.errors().stream().map(FieldError::field).toList();
    }
  }

  @Test
  @DisplayName("a poll in a postable channel, with the guild's roles and emojis, passes")
  void acceptsThePollsOfTheGuild() {
    assertThat(refused(poll(200, 300L, 301L, "<:tacos:700>", "🍕"))).isEmpty();
  }

  @Test
  @DisplayName("another channel, a foreign role or a role the bot may not ping is named")
  void namesForeignChannelsAndRoles() {
    assertThat(refused(poll(201, null, null, null, null))).containsExactly("channel_id");
    assertThat(refused(poll(200, 999L, null, null, null))).containsExactly("allowed_role_id");
    assertThat(refused(poll(200, null, 300L, null, null))).containsExactly("ping_role_id");
    assertThat(refused(poll(200, null, GUILD, null, null))).containsExactly("ping_role_id");
  }

  @Test
  @DisplayName("a custom emoji of another guild is named, every broken rule at once")
  void namesForeignEmojisWithTheOtherErrors() {
    assertThat(refused(poll(201, 999L, null, "<:tacos:999>", "🍕", "<:pizza:700>")))
        .containsExactly("channel_id", "allowed_role_id", "options[0].emoji");
  }

  @Test
  @DisplayName("an open poll's new options are checked for the guild's emojis alone")
  void checksTheEmojisOfNewOptions() {
    List<PollOption> options =
        List.of(new PollOption(0, "A", "<:xx:700>"), new PollOption(1, "B", "<:yy:701>"));
    try {
      checks.requireEmojis(GUILD, options);
      throw new AssertionError("a foreign emoji passed");
    } catch (ValidationFailedException e) {
      assertThat(e.errors()).extracting(FieldError::field).containsExactly("options[1].emoji");
    }
  }
}
