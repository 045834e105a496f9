package dev.polly.api.core;

import dev.polly.common.cache.CacheRegion;
import dev.polly.common.domain.PollResults;
import dev.polly.common.events.EventBus;
import dev.polly.common.events.VotesChanged;
import io.dropwizard.lifecycle.Managed;

/**
 * Drops a poll's cached results when any process announces {@link VotesChanged} (the bot does on
 * every vote), so the dashboard's next read is fresh. A lost event only delays freshness until the
 * region's TTL, since the bot also invalidates the entry directly.
 */
public final class ResultsInvalidator implements Managed {
  private final EventBus events;
  private final CacheRegion<PollResults> results;
  private AutoCloseable subscription;

  public ResultsInvalidator(EventBus events, CacheRegion<PollResults> results) {
    this.events = events;
    this.results = results;
  }

  @Override
  public void start() {
    subscription =
        events.subscribe(
            event -> {
              if (event instanceof VotesChanged changed) {
                results.invalidate(Long.toString(changed.pollId()));
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
