package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** A user's saved dashboard choices. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PreferencesView(
    String userId,
    String lastGuildId,
    String lastChannelId,
    String lastRoleId,
    String timezone,
    Instant updatedAt) {}
