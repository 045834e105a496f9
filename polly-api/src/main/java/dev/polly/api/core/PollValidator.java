package dev.polly.api.core;

import dev.polly.api.api.OptionRequest;
import dev.polly.api.api.PollRequest;
import dev.polly.common.domain.EmojiText;
import dev.polly.common.domain.GuildRole;
import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.PollKind;
import dev.polly.common.domain.PollOption;
import dev.polly.common.domain.PollRules;
import dev.polly.common.domain.PollTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns a {@link PollRequest} into a {@link NewPoll}, or throws one error per offending field. It
 * reads the API's formats (snowflake strings, ISO-8601 times, {@code duration_minutes}), checks the
 * channel and roles against the guild, and leaves every poll rule to {@link PollRules}, whose field
 * errors it reports as they are. The caller checks beforehand that the user may manage the guild
 * ({@link #guildId}).
 */
public final class PollValidator {
  private final GuildFacts guilds;

  public PollValidator(GuildFacts guilds) {
    this.guilds = guilds;
  }

  /** The request's guild id, or a validation error when it is missing or malformed. */
  public static long guildId(PollRequest request) {
    Errors errors = new Errors();
    Long id = errors.snowflake("guild_id", request.guildId(), true);
    errors.throwIfAny();
    return id;
  }

  public NewPoll validate(PollRequest r, long creatorId, Instant now, ZoneId defaultZone) {
    Errors e = new Errors();
    long guildId = guildId(r);
    Long channelId = e.snowflake("channel_id", r.channelId(), true);
    String title = strip(r.title());
    String question = strip(r.question());
    e.addAll(PollRules.checkTitle(title));
    e.addAll(PollRules.checkQuestion(question));
    List<PollOption> options = options(e, r.options());
    int maxChoices = r.maxChoices() == null ? 1 : r.maxChoices();
    e.addAll(PollRules.checkMaxChoices(maxChoices, r.options() == null ? 0 : r.options().size()));
    PollKind kind = kind(e, r.kind());
    e.addAll(PollRules.checkKind(kind, maxChoices));
    Long allowedRole = e.snowflake("allowed_role_id", r.allowedRoleId(), false);
    Long pingRole = e.snowflake("ping_role_id", r.pingRoleId(), false);
    String image = strip(r.imageUrl());
    image = image.isEmpty() ? null : image;
    e.addAll(PollRules.checkImageUrl(image));
    e.addAll(PollRules.checkZone(r.timezone()));
    ZoneId zone = r.timezone() == null ? defaultZone : PollTime.zone(r.timezone()).orElse(null);
    Instant[] window = window(e, r.opensAt(), r.closesAt(), r.durationMinutes(), zone, now);
    if (channelId != null && !guilds.postableChannelIds(guildId).contains(channelId)) {
      e.add("channel_id", "is not a channel of this guild where the bot can post");
    }
    checkRoles(e, guildId, allowedRole, pingRole);
    checkEmojis(e, guildId, options);
    Duration remind = reminder(e, r.remindBeforeMinutes());
    if (remind != null && window[0] != null && window[1] != null) {
      e.addAll(PollRules.checkReminder(remind, window[0], window[1]));
    }
    e.throwIfAny();
    return new NewPoll(
        guildId,
        channelId,
        creatorId,
        title,
        question,
        bool(r.anonymous()),
        bool(r.hideResults()),
        maxChoices,
        allowedRole,
        pingRole,
        bool(r.pingOnOpen()),
        bool(r.pingOnClose()),
        image,
        window[0],
        window[1],
        zone,
        options,
        kind,
        remind);
  }

  /** The requested kind; {@code choice} when absent, an error when neither choice nor ranked. */
  private static PollKind kind(Errors e, String kind) {
    if (kind == null) {
      return PollKind.CHOICE;
    }
    PollKind parsed = PollKind.parse(kind).orElse(null);
    if (parsed == null) {
      e.add("kind", "must be choice or ranked");
      return PollKind.CHOICE;
    }
    return parsed;
  }

  /** The reminder of {@code remind_before_minutes}; null without one (or after an error). */
  static Duration reminder(Errors e, Integer minutes) {
    if (minutes == null) {
      return null;
    }
    if (minutes < 1 || minutes > PollRules.MAX_DURATION.toMinutes()) {
      e.add("remind_before_minutes", "must be at least 1 and less than the poll");
      return null;
    }
    return Duration.ofMinutes(minutes);
  }

  /** Reads open and close times and checks the schedule; {opensAt, closesAt} (nulls on errors). */
  static Instant[] window(
      Errors e, String opensAt, String closesAt, Integer minutes, ZoneId zone, Instant now) {
    Instant opens = opensAt == null ? now : PollTimes.parse(e, "opens_at", opensAt, zone);
    Instant closes = closeTime(e, opens == null ? now : opens, closesAt, minutes, zone);
    if (opens != null && closes != null) {
      e.addAll(PollRules.checkSchedule(opens, closes, now));
    } else if (opens != null) {
      e.addAll(PollRules.checkOpensAt(opens, now));
    }
    return new Instant[] {opens, closes};
  }

  /** The close time from {@code closes_at} or {@code duration_minutes} after {@code from}. */
  static Instant closeTime(Errors e, Instant from, String closesAt, Integer minutes, ZoneId zone) {
    if ((closesAt == null) == (minutes == null)) {
      e.add("closes_at", "give exactly one of closes_at and duration_minutes");
      return null;
    }
    if (closesAt != null) {
      return PollTimes.parse(e, "closes_at", closesAt, zone);
    }
    if (!PollRules.withinDuration(Duration.ofMinutes(minutes))) {
      e.add(
          "duration_minutes",
          "must be between "
              + PollRules.MIN_DURATION.toMinutes()
              + " and "
              + PollRules.MAX_DURATION.toMinutes());
      return null;
    }
    return from.plus(Duration.ofMinutes(minutes));
  }

  /**
   * The options present in the request, numbered by their index, with every rule on them checked
   * (labels, and emojis against the guild's); problems are reported to {@code e}.
   */
  List<PollOption> checkedOptions(Errors e, long guildId, List<OptionRequest> requested) {
    List<PollOption> options = options(e, requested);
    checkEmojis(e, guildId, options);
    return options;
  }

  /** The options present in the request, numbered by their index; a missing one is reported. */
  private static List<PollOption> options(Errors e, List<OptionRequest> requested) {
    List<PollOption> options = new ArrayList<>();
    if (requested == null) {
      e.addAll(PollRules.checkOptions(options));
      return options;
    }
    for (int i = 0; i < requested.size(); i++) {
      OptionRequest o = requested.get(i);
      if (o == null) {
        e.add("options[" + i + "]", "is required");
        continue;
      }
      String emoji = strip(o.emoji());
      options.add(new PollOption(i, strip(o.label()), emoji.isEmpty() ? null : emoji));
    }
    e.addAll(PollRules.checkOptions(options));
    return options;
  }

  /** Each option's emoji is unicode emoji or one of this guild's custom emojis. */
  private void checkEmojis(Errors e, long guildId, List<PollOption> options) {
    Set<Long> guildEmojis = null;
    for (PollOption option : options) {
      String emoji = option.emoji();
      if (emoji == null) {
        continue;
      }
      String field = "options[" + option.position() + "].emoji";
      OptionalLong custom = EmojiText.customId(emoji);
      if (custom.isPresent()) {
        guildEmojis = guildEmojis == null ? guilds.emojiIds(guildId) : guildEmojis;
        if (!guildEmojis.contains(custom.getAsLong())) {
          e.add(field, "is not a custom emoji of this guild");
        }
      } else if (!EmojiText.isUnicode(emoji)) {
        e.add(field, "must be an emoji, or a custom emoji of this guild written <:name:id>");
      }
    }
  }

  private void checkRoles(Errors e, long guildId, Long allowedRole, Long pingRole) {
    if (allowedRole == null && pingRole == null) {
      return;
    }
    List<GuildRole> roles = guilds.roles(guildId);
    if (allowedRole != null && roles.stream().noneMatch(r -> r.id() == allowedRole)) {
      e.add("allowed_role_id", "is not a role of this guild");
    }
    if (pingRole != null
        && roles.stream().noneMatch(r -> r.id() == pingRole && GuildFacts.pingable(guildId, r))) {
      e.add("ping_role_id", "is not a role of this guild the bot can ping");
    }
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }

  private static boolean bool(Boolean b) {
    return b != null && b;
  }
}
