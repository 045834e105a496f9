package dev.polly.api.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** One page of a guild's polls, newest first. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PollPage(List<PollView> items, int page, int pageSize, long total) {}
