package dev.polly.api.requests;

import dev.polly.api.api.PollRequest;
import dev.polly.api.api.Snowflakes;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollEdit;
import dev.polly.common.domain.PollOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a {@link PollRequest} as an edit of an open poll: title, question, options, close time
 * ({@code closes_at}, or {@code duration_minutes} counted from the poll's open time) and {@code
 * remind_before_minutes}. Every other field must be left out or keep the poll's value, otherwise it
 * is reported as "cannot change once the poll is open"; nothing is silently ignored. The rules on
 * the values are {@link dev.polly.common.domain.PollRules#checkEdit}'s; the guild's custom emojis
 * are checked by the poll service.
 */
public final class OpenPollEditReader {
  static final String FIXED = "cannot change once the poll is open";

  private OpenPollEditReader() {}

  /** The edit, or a validation error naming each offending field. */
  public static PollEdit read(PollRequest r, Poll current) {
    Errors e = new Errors();
    List<PollOption> options = PollRequestReader.options(e, r.options());
    Instant closes =
        PollRequestReader.closeTime(
            e, current.opensAt(), r.closesAt(), r.durationMinutes(), current.timezone());
    Duration remind = PollRequestReader.reminder(e, r.remindBeforeMinutes());
    fixed(e, r, current);
    e.throwIfAny();
    return PollEdit.of(current, strip(r.title()), strip(r.question()), closes, options, remind);
  }

  /** Reports every field of {@code r} that would change what an open poll keeps. */
  private static void fixed(Errors e, PollRequest r, Poll p) {
    differs(e, "channel_id", r.channelId(), Long.toString(p.channelId()));
    differs(e, "anonymous", r.anonymous(), p.anonymous());
    differs(e, "hide_results", r.hideResults(), p.hideResults());
    differs(e, "max_choices", r.maxChoices(), p.maxChoices());
    differs(e, "allowed_role_id", r.allowedRoleId(), Snowflakes.format(p.allowedRoleId()));
    differs(e, "ping_role_id", r.pingRoleId(), Snowflakes.format(p.pingRoleId()));
    differs(e, "ping_on_open", r.pingOnOpen(), p.pingOnOpen());
    differs(e, "ping_on_close", r.pingOnClose(), p.pingOnClose());
    String image = r.imageUrl() == null || r.imageUrl().isBlank() ? null : r.imageUrl().strip();
    if (r.imageUrl() != null && !Objects.equals(image, p.imageUrl())) {
      e.add("image_url", FIXED);
    }
    differs(e, "timezone", r.timezone(), p.timezone().getId());
    differs(
        e,
        "kind",
        r.kind() == null ? null : r.kind().strip().toLowerCase(Locale.ROOT),
        p.kind().dbValue());
    if (r.opensAt() != null) {
      Errors parse = new Errors();
      Instant opens = PollTimes.parse(parse, "opens_at", r.opensAt(), p.timezone());
      if (!p.opensAt().equals(opens)) {
        e.add("opens_at", FIXED);
      }
    }
  }

  /** A value that was sent ({@code requested} not null) and is not the poll's {@code kept}. */
  private static void differs(Errors e, String field, Object requested, Object kept) {
    if (requested != null && !requested.equals(kept)) {
      e.add(field, FIXED);
    }
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }
}
