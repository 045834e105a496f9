package dev.polly.api.core;

import dev.polly.api.api.FieldError;
import dev.polly.api.errors.ValidationFailedException;
import dev.polly.common.domain.EmojiText;
import dev.polly.common.domain.GuildRole;
import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.PollOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The rules on a poll that only its guild can tell: the channel is one where the bot can post, the
 * roles are the guild's (a ping role one the bot may ping), and a custom emoji is one of the
 * guild's. The caller has already checked that the user may manage the guild, so nothing about a
 * foreign guild is ever looked up. Violations are thrown together as one 422 naming each field.
 */
public final class GuildChecks {
  private final GuildFacts guilds;

  public GuildChecks(GuildFacts guilds) {
    this.guilds = guilds;
  }

  /** Throws a validation error for every guild rule {@code poll} breaks. */
  public void require(NewPoll poll) {
    List<FieldError> errors = new ArrayList<>();
    if (!guilds.postableChannelIds(poll.guildId()).contains(poll.channelId())) {
      errors.add(
          new FieldError("channel_id", "is not a channel of this guild where the bot can post"));
    }
    errors.addAll(roles(poll.guildId(), poll.allowedRoleId(), poll.pingRoleId()));
    errors.addAll(emojis(poll.guildId(), poll.options()));
    throwIfAny(errors);
  }

  /** Throws a validation error for every custom emoji of {@code options} the guild lacks. */
  public void requireEmojis(long guildId, List<PollOption> options) {
    throwIfAny(emojis(guildId, options));
  }

  private List<FieldError> emojis(long guildId, List<PollOption> options) {
    List<FieldError> errors = new ArrayList<>();
    Set<Long> guildEmojis = null;
    for (PollOption option : options) {
      OptionalLong custom = EmojiText.customId(option.emoji());
      if (custom.isEmpty()) {
        continue;
      }
      guildEmojis = guildEmojis == null ? guilds.emojiIds(guildId) : guildEmojis;
      if (!guildEmojis.contains(custom.getAsLong())) {
        errors.add(
            new FieldError(
                "options[" + option.position() + "].emoji", "is not a custom emoji of this guild"));
      }
    }
    return errors;
  }

  private List<FieldError> roles(long guildId, Long allowedRole, Long pingRole) {
    if (allowedRole == null && pingRole == null) {
      return List.of();
    }
    List<FieldError> errors = new ArrayList<>();
    List<GuildRole> roles = guilds.roles(guildId);
    if (allowedRole != null && roles.stream().noneMatch(r -> r.id() == allowedRole)) {
      errors.add(new FieldError("allowed_role_id", "is not a role of this guild"));
    }
    if (pingRole != null
        && roles.stream().noneMatch(r -> r.id() == pingRole && GuildFacts.pingable(guildId, r))) {
      errors.add(new FieldError("ping_role_id", "is not a role of this guild the bot can ping"));
    }
    return errors;
  }

  private static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new ValidationFailedException(errors);
    }
  }
}
