package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Body of PUT/PATCH {@code /api/me/preferences}: ids as snowflake strings, timezone an IANA name;
 * PATCH changes only the fields present and non-null.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PreferencesRequest(
    String lastGuildId, String lastChannelId, String lastRoleId, String timezone) {}
