package dev.polly.bot.features.poll.create;

import dev.polly.bot.features.Replies;
import dev.polly.bot.features.poll.PollLifecycle;
import dev.polly.bot.rendering.PollRenderer;
import dev.polly.common.domain.Poll;
import dev.polly.common.store.PreferencesStore;
import java.time.Clock;
import java.time.Instant;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/**
 * Turns a complete {@link PollRequest} into a poll: validates it, stores it, replies to the
 * manager, then posts it now or leaves it to the scheduler when it opens later.
 */
final class PollCreator {
  private final PollRequestParser parser = new PollRequestParser();
  private final PollLifecycle lifecycle;
  private final PreferencesStore timezones;
  private final Clock clock;

  PollCreator(PollLifecycle lifecycle, PreferencesStore timezones, Clock clock) {
    this.lifecycle = lifecycle;
    this.timezones = timezones;
    this.clock = clock;
  }

  void create(IReplyCallback event, PollRequest request) {
    Instant now = clock.instant();
    long userId = event.getUser().getIdLong();
    String saved = request.timezone() == null ? timezones.timezone(userId).orElse(null) : null;
    PollRequestParser.Result result =
        parser.parse(
            request,
            new PollRequestParser.Context(
                event.getGuild().getIdLong(), event.getChannelIdLong(), userId, saved, now));
    if (!result.ok()) {
      Replies.ephemeral(event, "I can't create that poll: " + result.error());
      return;
    }
    if (result.poll().opensAt().isAfter(now.plusSeconds(1))) {
      Poll poll = lifecycle.schedule(result.poll());
      Replies.ephemeral(
          event,
          "Poll #"
              + poll.id()
              + " is scheduled; it opens "
              + PollRenderer.timestamp(poll.opensAt())
              + ".");
      return;
    }
    Poll poll = lifecycle.storeActive(result.poll());
    Replies.ephemeral(event, "Poll #" + poll.id() + " is open.");
    lifecycle.postOpened(poll);
  }
}
