package dev.polly.bot.tasks;

import dev.polly.bot.features.live.LiveUpdates;
import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /tasks/poll-refresh?poll=ID}: re-renders one poll message on the next live-update
 * round (after a manual database fix, for instance).
 */
public final class PollRefreshTask extends Task {
  private final LiveUpdates live;

  public PollRefreshTask(LiveUpdates live) {
    super("poll-refresh");
    this.live = live;
  }

  @Override
  public void execute(Map<String, List<String>> parameters, PrintWriter output) {
    List<String> ids = parameters.getOrDefault("poll", List.of());
    if (ids.isEmpty()) {
      output.println("usage: POST /tasks/poll-refresh?poll=<id>");
      return;
    }
    for (String id : ids) {
      try {
        live.markDirty(Long.parseLong(id));
        output.println("poll " + id + " marked for refresh");
      } catch (NumberFormatException e) {
        output.println("not a poll id: " + id);
      }
    }
  }
}
