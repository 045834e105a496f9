package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A guild the user manages. {@code botPresent} false means the bot must be added first, with {@code
 * inviteUrl} (null when the API has no Discord client id); {@code name} may be null for such a
 * guild when the user's guild list is no longer cached.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GuildView(
    String id, String name, String icon, boolean botPresent, String inviteUrl) {}
