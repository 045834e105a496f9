package dev.polly.api.core;

import dev.polly.api.api.OptionRequest;
import dev.polly.api.api.PollRequest;
import dev.polly.api.api.Snowflakes;
import dev.polly.common.domain.Poll;

/** A stored poll written back as the request that would create it (exports and duplicates). */
final class PollRequests {
  private PollRequests() {}

  /**
   * Every field of {@code p} but its times, which are the given ones (ISO-8601; give either {@code
   * closesAt} or {@code durationMinutes}).
   */
  static PollRequest of(Poll p, String opensAt, String closesAt, Integer durationMinutes) {
    return new PollRequest(
        Long.toString(p.guildId()),
        Long.toString(p.channelId()),
        p.title(),
        p.question(),
        p.options().stream().map(o -> new OptionRequest(o.label(), o.emoji())).toList(),
        p.anonymous(),
        p.hideResults(),
        p.maxChoices(),
        Snowflakes.format(p.allowedRoleId()),
        Snowflakes.format(p.pingRoleId()),
        p.pingOnOpen(),
        p.pingOnClose(),
        p.imageUrl(),
        opensAt,
        closesAt,
        durationMinutes,
        p.timezone().getId(),
        null,
        p.kind().dbValue(),
        p.remindBefore() == null ? null : (int) p.remindBefore().toMinutes());
  }
}
