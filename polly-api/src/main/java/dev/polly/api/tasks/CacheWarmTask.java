package dev.polly.api.tasks;

import dev.polly.api.core.PreferencesService;
import dev.polly.api.core.ResultsService;
import dev.polly.common.persistence.PollDao;
import dev.polly.common.persistence.UserPreferencesDao;
import io.dropwizard.servlets.tasks.Task;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /tasks/cache-warm[?polls=N&users=N]}: loads the results of the most recently active
 * polls and the preferences of the most recently active users into the cache.
 */
public final class CacheWarmTask extends Task {
  private final PollDao polls;
  private final UserPreferencesDao preferencesDao;
  private final ResultsService results;
  private final PreferencesService preferences;

  public CacheWarmTask(
      PollDao polls,
      UserPreferencesDao preferencesDao,
      ResultsService results,
      PreferencesService preferences) {
    super("cache-warm");
    this.polls = polls;
    this.preferencesDao = preferencesDao;
    this.results = results;
    this.preferences = preferences;
  }

  @Override
  public void execute(Map<String, List<String>> parameters, PrintWriter output) {
    int pollLimit = limit(parameters, "polls", 500);
    int userLimit = limit(parameters, "users", 1000);
    int warmedPolls = 0;
    for (long id : polls.activePollIds(pollLimit)) {
      var poll = polls.find(id);
      if (poll.isPresent()) {
        results.load(poll.get());
        warmedPolls++;
      }
    }
    int warmedUsers = 0;
    for (long userId : preferencesDao.recentUserIds(userLimit)) {
      preferences.load(userId);
      warmedUsers++;
    }
    output.println("warmed poll_results=" + warmedPolls + " user_prefs=" + warmedUsers);
  }

  private static int limit(Map<String, List<String>> parameters, String name, int fallback) {
    List<String> values = parameters.get(name);
    if (values == null || values.isEmpty()) {
      return fallback;
    }
    try {
      return Math.max(0, Math.min(10_000, Integer.parseInt(values.get(0))));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
