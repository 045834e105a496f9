package dev.polly.bot.features;

import dev.polly.bot.BotMetrics;
import dev.polly.bot.discord.DiscordConnection;
import dev.polly.bot.discord.PollMessages;
import dev.polly.bot.discord.RankingMessages;
import dev.polly.bot.features.guilddata.GuildDataListener;
import dev.polly.bot.features.live.LiveUpdates;
import dev.polly.bot.features.live.ResultsInvalidator;
import dev.polly.bot.features.poll.PollAccess;
import dev.polly.bot.features.poll.PollLifecycle;
import dev.polly.bot.features.poll.PollMessenger;
import dev.polly.bot.features.poll.close.PollCloseCommand;
import dev.polly.bot.features.poll.create.CreateFeature;
import dev.polly.bot.features.poll.delete.DeletedPollMessages;
import dev.polly.bot.features.poll.delete.PollDeleteCommand;
import dev.polly.bot.features.poll.delete.PollDeleteConfirmation;
import dev.polly.bot.features.poll.edit.PollEditCommand;
import dev.polly.bot.features.poll.export.PollExportCommand;
import dev.polly.bot.features.poll.list.PollListCommand;
import dev.polly.bot.features.poll.reopen.PollReopenCommand;
import dev.polly.bot.features.poll.results.PollResultsCommand;
import dev.polly.bot.features.ranked.BallotService;
import dev.polly.bot.features.ranked.RankHandler;
import dev.polly.bot.features.scheduler.PollScheduler;
import dev.polly.bot.features.timezone.TimezoneCommand;
import dev.polly.bot.features.vote.AnswerQueue;
import dev.polly.bot.features.vote.PollLookup;
import dev.polly.bot.features.vote.VoteHandler;
import dev.polly.bot.features.vote.VoteService;
import dev.polly.bot.features.vote.VoteWorkers;
import dev.polly.bot.rendering.PollRenderer;
import dev.polly.common.authority.AuthorityInvalidator;
import dev.polly.common.chart.ResultsChartRenderer;
import dev.polly.common.export.PollCsv;
import dev.polly.common.lifecycle.PollEditor;
import dev.polly.common.store.PollResultsStore;
import dev.polly.common.store.PreferencesStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The bot's feature wiring (TJ-Bot's {@code Features}): builds every command, handler and worker
 * from the shared services, handing each only what it needs. Registers the JDA listeners on the
 * connection; the caller manages, after the connection and in this order, {@link #live()}, {@link
 * #invalidator()}, {@link #voteWorkers()} and {@link #scheduler()} (so queued votes finish, and
 * their invalidations run, before the live updates and the connection stop).
 */
public record Features(
    InteractionRouter router,
    LiveUpdates live,
    ResultsInvalidator invalidator,
    VoteWorkers voteWorkers,
    PollScheduler scheduler) {

  public static Features wire(
      BotServices services,
      DiscordConnection discord,
      BotMetrics metrics,
      Clock clock,
      Timing timing) {
    Duration editInterval = timing.editInterval();
    Duration schedulerTick = timing.schedulerTick();
    PollRenderer renderer = new PollRenderer();
    PollMessages messages = new PollMessages();
    PollResultsStore results =
        new PollResultsStore(
            services.caches().pollResults(),
            services.caches().pollCharts(),
            services.votes(),
            services.ballots());
    PollMessenger messenger =
        new PollMessenger(
            discord,
            services.polls(),
            results,
            renderer,
            messages,
            new ResultsChartRenderer(),
            metrics,
            clock);
    PollLifecycle lifecycle =
        new PollLifecycle(
            services.polls(),
            results,
            messenger,
            services.events(),
            clock,
            claimLease(schedulerTick));
    LiveUpdates live = new LiveUpdates(messenger, editInterval);
    PollAccess access = new PollAccess(services.polls());
    PreferencesStore timezones =
        new PreferencesStore(services.caches().userPrefs(), services.preferences());
    CreateFeature create = CreateFeature.create(lifecycle, timezones, clock);
    DeletedPollMessages deletedMessages =
        new DeletedPollMessages(discord, services.deletedMessages(), messages);
    List<SlashCommand> commands =
        List.of(
            create.command(),
            new PollCloseCommand(access, lifecycle),
            new PollReopenCommand(access, lifecycle, clock),
            new PollEditCommand(
                access, new PollEditor(services.polls(), results, services.events(), clock), clock),
            new PollResultsCommand(access, results, renderer, messages, clock),
            new PollListCommand(services.polls()),
            new PollDeleteCommand(access),
            new PollExportCommand(
                access, results, new PollCsv(services.votes(), services.ballots())),
            new TimezoneCommand(timezones));
    ResultsInvalidator invalidator = new ResultsInvalidator(results, live);
    VoteWorkers voteWorkers = new VoteWorkers(timing.voteThreads());
    VoteService votes = new VoteService(services.toggles(), services.votes(), invalidator, metrics);
    InteractionRouter router =
        new InteractionRouter(
            commands,
            List.of(
                new VoteHandler(
                    new PollLookup(services.polls(), clock, Duration.ofSeconds(2)),
                    votes,
                    voteWorkers,
                    new AnswerQueue(timing.answersInFlight())),
                new PollDeleteConfirmation(
                    access, services.polls(), results, services.events(), deletedMessages),
                new RankHandler(
                    services.polls(),
                    new BallotService(services.ballots(), results, live, metrics),
                    new RankingMessages())),
            List.of(create.modal()),
            Map.of("poll", "Create and run polls", "polly", "Your Polly settings"));
    discord.addListener(router);
    discord.addListener(
        new GuildDataListener(
            services.caches(),
            services.events(),
            new AuthorityInvalidator(services.caches()),
            clock));
    PollScheduler scheduler =
        new PollScheduler(
            services.polls(),
            lifecycle,
            live,
            deletedMessages,
            services.locks(),
            services.events(),
            metrics.schedulerLag(),
            clock,
            schedulerTick,
            claimLease(schedulerTick));
    return new Features(router, live, invalidator, voteWorkers, scheduler);
  }

  /**
   * How often a poll message may be edited, the scheduler tick, how many threads record votes, and
   * how many answers to clicks may be in flight to Discord at once.
   */
  public record Timing(
      Duration editInterval, Duration schedulerTick, int voteThreads, int answersInFlight) {}

  /**
   * How long a claimed post or close announcement may stay unconfirmed before the sweep takes it
   * again: six scheduler ticks (30 s at the default 5 s tick), far above one post's time.
   */
  static Duration claimLease(Duration schedulerTick) {
    return schedulerTick.multipliedBy(6);
  }
}
