package dev.polly.api.core;

import static dev.polly.api.core.PollLimits.*;

import dev.polly.api.api.OptionRequest;
import dev.polly.api.api.PollRequest;
import dev.polly.common.domain.GuildRole;
import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.PollOption;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a {@link PollRequest} against the poll rules and turns it into a {@link NewPoll}, or
 * throws one error per offending field: 2–25 unique options within length limits, max choices up to
 * the number of options, an open time not in the past, a close time after it with a duration of 1
 * minute to 32 days, a valid IANA zone, and a channel and roles of the guild. The caller checks
 * beforehand that the user may manage the guild ({@link #guildId}).
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
    String title = e.text("title", r.title(), true, MAX_TITLE);
    String question = e.text("question", r.question(), false, MAX_QUESTION);
    List<PollOption> options = options(e, r.options());
    int maxChoices = r.maxChoices() == null ? 1 : r.maxChoices();
    if (maxChoices < 1 || (!options.isEmpty() && maxChoices > options.size())) {
      e.add("max_choices", "must be between 1 and the number of options");
    }
    Long allowedRole = e.snowflake("allowed_role_id", r.allowedRoleId(), false);
    Long pingRole = e.snowflake("ping_role_id", r.pingRoleId(), false);
    String image = imageUrl(e, r.imageUrl());
    ZoneId zone = defaultZone;
    if (r.timezone() != null) {
      zone = Zones.parse(r.timezone());
      if (zone == null) {
        e.add("timezone", "must be an IANA time-zone name such as Europe/Paris");
      }
    }
    Instant[] window = window(e, r.opensAt(), r.closesAt(), r.durationMinutes(), zone, now);
    if (channelId != null && !guilds.postableChannelIds(guildId).contains(channelId)) {
      e.add("channel_id", "is not a channel of this guild where the bot can post");
    }
    checkRoles(e, guildId, allowedRole, pingRole);
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
        options);
  }

  /** Validates open and close times; returns {opensAt, closesAt} (nulls after errors). */
  static Instant[] window(
      Errors e, String opensAt, String closesAt, Integer minutes, ZoneId zone, Instant now) {
    Instant opens = now;
    if (opensAt != null) {
      opens = PollTimes.parse(e, "opens_at", opensAt, zone);
      if (opens != null && opens.isBefore(now.minus(PAST_GRACE))) {
        e.add("opens_at", "must not be in the past");
      }
    }
    Instant closes = closeTime(e, opens == null ? now : opens, closesAt, minutes, zone);
    if (opens != null && closes != null) {
      Duration length = Duration.between(opens, closes);
      if (!closes.isAfter(opens)) {
        e.add("closes_at", "must be after the open time");
      } else if (length.compareTo(MIN_DURATION) < 0 || length.compareTo(MAX_DURATION) > 0) {
        e.add("closes_at", "the poll must last between 1 minute and 32 days");
      }
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
    if (minutes < MIN_DURATION.toMinutes() || minutes > MAX_DURATION.toMinutes()) {
      e.add("duration_minutes", "must be between 1 and " + MAX_DURATION.toMinutes());
      return null;
    }
    return from.plus(Duration.ofMinutes(minutes));
  }

  private static List<PollOption> options(Errors e, List<OptionRequest> requested) {
    if (requested == null || requested.size() < MIN_OPTIONS || requested.size() > MAX_OPTIONS) {
      e.add("options", "give between " + MIN_OPTIONS + " and " + MAX_OPTIONS + " options");
      return List.of();
    }
    List<PollOption> options = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < requested.size(); i++) {
      OptionRequest o = requested.get(i);
      String field = "options[" + i + "]";
      if (o == null) {
        e.add(field, "is required");
        continue;
      }
      String label = e.text(field + ".label", o.label(), true, MAX_LABEL);
      String emoji = e.text(field + ".emoji", o.emoji(), false, MAX_EMOJI);
      if (!label.isEmpty() && !seen.add(label.toLowerCase(Locale.ROOT))) {
        e.add(field + ".label", "duplicates another option");
      }
      options.add(new PollOption(i, label.isEmpty() ? "?" : label, emoji.isEmpty() ? null : emoji));
    }
    return options;
  }

  private static String imageUrl(Errors e, String url) {
    String v = e.text("image_url", url, false, MAX_IMAGE_URL);
    if (v.isEmpty()) {
      return null;
    }
    try {
      URI uri = new URI(v);
      String scheme = Optional.ofNullable(uri.getScheme()).orElse("");
      if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
        e.add("image_url", "must be an http(s) URL");
      }
    } catch (Exception ex) {
      e.add("image_url", "must be an http(s) URL");
    }
    return v;
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

  private static boolean bool(Boolean b) {
    return b != null && b;
  }
}
