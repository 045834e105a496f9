package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.polly.common.domain.Poll;
import java.util.List;

/**
 * A poll as the dashboard submits it (create, edit, import) and as exports carry it. Ids are
 * snowflake strings. Times are ISO-8601: with an offset ({@code 2030-01-01T10:00:00Z}) they are
 * instants; without one ({@code 2030-01-01T10:00}) they are local times in {@code timezone}, and a
 * local time inside a daylight-saving gap is rejected. A missing {@code opens_at} means now. Give
 * either {@code closes_at} or {@code duration_minutes}. {@code version} is required by edits.
 * {@code kind} is {@code choice} (the default) or {@code ranked} (members rank the options; counted
 * by instant runoff). {@code remind_before_minutes} (optional) posts a reminder in the poll's
 * channel that many minutes before the close.
 *
 * <p>An edit of an open poll changes only its title, question, close time (extend or shorten),
 * reminder and, until the first vote, its options; every other field must be left out or keep its
 * value.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PollRequest(
    String guildId,
    String channelId,
    String title,
    String question,
    List<OptionRequest> options,
    Boolean anonymous,
    Boolean hideResults,
    Integer maxChoices,
    String allowedRoleId,
    String pingRoleId,
    Boolean pingOnOpen,
    Boolean pingOnClose,
    String imageUrl,
    String opensAt,
    String closesAt,
    Integer durationMinutes,
    String timezone,
    Integer version,
    String kind,
    Integer remindBeforeMinutes) {

  /** A choice-poll request without a reminder. */
  public PollRequest(
      String guildId,
      String channelId,
      String title,
      String question,
      List<OptionRequest> options,
      Boolean anonymous,
      Boolean hideResults,
      Integer maxChoices,
      String allowedRoleId,
      String pingRoleId,
      Boolean pingOnOpen,
      Boolean pingOnClose,
      String imageUrl,
      String opensAt,
      String closesAt,
      Integer durationMinutes,
      String timezone,
      Integer version) {
    this(
        guildId,
        channelId,
        title,
        question,
        options,
        anonymous,
        hideResults,
        maxChoices,
        allowedRoleId,
        pingRoleId,
        pingOnOpen,
        pingOnClose,
        imageUrl,
        opensAt,
        closesAt,
        durationMinutes,
        timezone,
        version,
        null,
        null);
  }

  /**
   * A stored poll written back as the request that would create it (exports and copies): every
   * field of {@code p} but its times, which are the given ones (ISO-8601; give either {@code
   * closesAt} or {@code durationMinutes}).
   */
  public static PollRequest of(Poll p, String opensAt, String closesAt, Integer durationMinutes) {
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
