package dev.polly.bot.features.poll.create;

import dev.polly.bot.features.poll.PollLifecycle;
import dev.polly.common.store.PreferencesStore;
import java.time.Clock;

/** Wires the create command and its options form around one shared set of pending requests. */
public record CreateFeature(PollCreateCommand command, PollCreateModal modal) {
  public static CreateFeature create(
      PollLifecycle lifecycle, PreferencesStore timezones, Clock clock) {
    PollCreator creator = new PollCreator(lifecycle, timezones, clock);
    PendingRequests pending = new PendingRequests(clock);
    return new CreateFeature(
        new PollCreateCommand(creator, pending), new PollCreateModal(creator, pending));
  }
}
