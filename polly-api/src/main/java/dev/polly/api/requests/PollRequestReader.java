package dev.polly.api.requests;

import dev.polly.api.api.OptionRequest;
import dev.polly.api.api.PollRequest;
import dev.polly.common.domain.EmojiText;
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

/**
 * Reads a {@link PollRequest} into a {@link NewPoll}, or throws one error per offending field. It
 * reads the API's formats (snowflake strings, ISO-8601 times, {@code duration_minutes}) and leaves
 * every poll rule to {@link PollRules}, whose field errors it reports as they are. What only the
 * guild can tell (its channels, roles and custom emojis) is checked by the poll service, after it
 * has checked that the user may manage the guild ({@link #guildId}).
 */
public final class PollRequestReader {
  private PollRequestReader() {}

  /** The request's guild id, or a validation error when it is missing or malformed. */
  public static long guildId(PollRequest request) {
    Errors errors = new Errors();
    Long id = errors.snowflake("guild_id", request.guildId(), true);
    errors.throwIfAny();
    return id;
  }

  public static NewPoll read(PollRequest r, long creatorId, Instant now, ZoneId defaultZone) {
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
   * The options present in the request, numbered by their index, with the rules on them checked; a
   * missing one is reported.
   */
  static List<PollOption> options(Errors e, List<OptionRequest> requested) {
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
      if (!emoji.isEmpty() && !EmojiText.isEmoji(emoji)) {
        e.add(
            "options[" + i + "].emoji",
            "must be an emoji, or a custom emoji of this guild written <:name:id>");
      }
    }
    e.addAll(PollRules.checkOptions(options));
    return options;
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }

  private static boolean bool(Boolean b) {
    return b != null && b;
  }
}
