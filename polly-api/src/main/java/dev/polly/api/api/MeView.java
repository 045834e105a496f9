package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The logged-in user and the guilds they may manage (ids as strings). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MeView(String id, String username, String avatar, List<String> manageableGuildIds) {}
