package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.polly.common.domain.Poll;
import java.time.Instant;
import java.util.List;

/**
 * A stored poll as the API shows it; ids are strings, status and kind ({@code choice} or {@code
 * ranked}) are lower case; {@code remind_before_minutes} is null without a reminder.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PollView(
    String id,
    String guildId,
    String channelId,
    String creatorId,
    String messageId,
    String title,
    String question,
    boolean anonymous,
    boolean hideResults,
    int maxChoices,
    String allowedRoleId,
    String pingRoleId,
    boolean pingOnOpen,
    boolean pingOnClose,
    String imageUrl,
    Instant opensAt,
    Instant closesAt,
    String timezone,
    String status,
    Instant createdAt,
    Instant updatedAt,
    Instant closedAt,
    int version,
    List<OptionView> options,
    String kind,
    Integer remindBeforeMinutes) {

  public static PollView of(Poll p) {
    return new PollView(
        Long.toString(p.id()),
        Long.toString(p.guildId()),
        Long.toString(p.channelId()),
        Long.toString(p.creatorId()),
        Snowflakes.format(p.messageId()),
        p.title(),
        p.question(),
        p.anonymous(),
        p.hideResults(),
        p.maxChoices(),
        Snowflakes.format(p.allowedRoleId()),
        Snowflakes.format(p.pingRoleId()),
        p.pingOnOpen(),
        p.pingOnClose(),
        p.imageUrl(),
        p.opensAt(),
        p.closesAt(),
        p.timezone().getId(),
        p.status().dbValue(),
        p.createdAt(),
        p.updatedAt(),
        p.closedAt(),
        p.version(),
        p.options().stream().map(o -> new OptionView(o.position(), o.label(), o.emoji())).toList(),
        p.kind().dbValue(),
        p.remindBefore() == null ? null : (int) p.remindBefore().toMinutes());
  }
}
