package dev.polly.api.core;

import dev.polly.common.events.EventBus;
import dev.polly.common.events.VotesChanged;
import dev.polly.common.store.PollResultsStore;
import io.dropwizard.lifecycle.Managed;

/**
 * Drops a poll's cached results when any process announces {@link VotesChanged} (the bot does on
 * every vote), so the dashboard's next read is fresh. A lost event only delays freshness until the
 * region's TTL, since the bot also invalidates the entry directly.
 */
public final class ResultsInvalidator implements Managed {
  private final EventBus events;
  private final PollResultsStore results;
  private AutoCloseable subscription;

  public ResultsInvalidator(EventBus events, PollResultsStore results) {
    this.events = events;
    this.results = results;
  }

  @Override
  public void start() {
    subscription =
        events.subscribe(
            event -> {
              if (event instanceof VotesChanged changed) {
                results.invalidate(changed.pollId());
              }
            });
  }

  @Override
  public void stop() throws Exception {
    if (subscription != null) {
      subscription.close();
    }
  }
}
