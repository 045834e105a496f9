package dev.polly.bot.features.poll;

import dev.polly.bot.BotMetrics;
import dev.polly.bot.discord.DiscordConnection;
import dev.polly.bot.discord.PollMessages;
import dev.polly.bot.rendering.PollRenderer;
import dev.polly.bot.rendering.PollView;
import dev.polly.common.chart.ChartData;
import dev.polly.common.chart.ResultsChartRenderer;
import dev.polly.common.domain.Poll;
import dev.polly.common.persistence.PollDao;
import dev.polly.common.store.PollResultsStore;
import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts polls on Discord: posts a poll message and stores its id, edits it with fresh results, and
 * posts announcements that ping a role. Rendering is delegated to {@link PollRenderer}; JDA's own
 * rate limiter spaces the requests and honours 429 {@code Retry-After}.
 */
public final class PollMessenger {
  private static final Logger LOG = LoggerFactory.getLogger(PollMessenger.class);
  private final DiscordConnection discord;
  private final PollDao polls;
  private final PollResultsStore results;
  private final PollRenderer renderer;
  private final PollMessages messages;
  private final ResultsChartRenderer charts;
  private final BotMetrics metrics;
  private final Clock clock;
  private final ConcurrentHashMap<Long, CompletableFuture<Void>> inFlight =
      new ConcurrentHashMap<>();

  public PollMessenger(
      DiscordConnection discord,
      PollDao polls,
      PollResultsStore results,
      PollRenderer renderer,
      PollMessages messages,
      ResultsChartRenderer charts,
      BotMetrics metrics,
      Clock clock) {
    this.discord = discord;
    this.polls = polls;
    this.results = results;
    this.renderer = renderer;
    this.messages = messages;
    this.charts = charts;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Posts the poll message with its components and stores its id; blocks until Discord answers. The
   * nonce makes a repeated post of the same poll return the first message.
   */
  public long post(Poll poll) {
    PollView view = renderer.render(poll, results.results(poll), clock.instant());
    Message message =
        channel(poll)
            .sendMessage(messages.create(poll, view))
            .setNonce(Nonces.post(poll))
            .complete();
    polls.setMessageId(poll.id(), message.getIdLong());
    return message.getIdLong();
  }

  /**
   * Edits the poll message with the poll's current state and results. Edits of one poll run one
   * after another, each re-reading the poll when it starts, so the last edit always shows the
   * latest state (a close is never overwritten by an older live update).
   */
  public CompletableFuture<Void> refresh(long pollId) {
    CompletableFuture<Void> next =
        inFlight.compute(
            pollId,
            (id, previous) ->
                (previous == null ? CompletableFuture.<Void>completedFuture(null) : previous)
                    .handle((ignored, failure) -> id)
                    .thenCompose(this::editNow));
    next.whenComplete((ignored, failure) -> inFlight.remove(pollId, next));
    return next;
  }

  private CompletableFuture<Void> editNow(long pollId) {
    Poll poll = polls.find(pollId).orElse(null);
    if (poll == null || poll.messageId() == null) {
      return CompletableFuture.completedFuture(null);
    }
    PollView view = renderer.render(poll, results.results(poll), clock.instant());
    return channel(poll)
        .editMessageById(poll.messageId(), messages.edit(poll, view))
        .submit()
        .thenAccept(message -> metrics.messageEdits().mark());
  }

  /** The outcome line of a closed poll (winners or tie), rendered from current results. */
  public String outcome(Poll poll) {
    String line = renderer.render(poll, results.results(poll), clock.instant()).outcomeLine();
    return line == null ? "" : line;
  }

  /** Posts {@code text}, prefixed by a ping of {@code roleId} when it is not null. */
  public void announce(Poll poll, String text, Long roleId) {
    channel(poll).sendMessage(announcement(text, roleId).build()).complete();
  }

  /**
   * Like {@link #announce}, with {@code nonce} (a repeat within Discord's window returns the first
   * message); returns the message id.
   */
  public long announceOnce(Poll poll, String text, Long roleId, String nonce) {
    return channel(poll)
        .sendMessage(announcement(text, roleId).build())
        .setNonce(nonce)
        .complete()
        .getIdLong();
  }

  /**
   * Like {@link #announce} with the results chart attached, and a nonce per close of the poll;
   * returns the announcement's message id. as {@code poll-<id>-results.png}. A chart that cannot be
   * drawn, or a channel where the bot may not attach files, leaves the chart out rather than
   * holding up the announcement.
   */
  public long announceWithChart(Poll poll, String text, Long roleId) {
    GuildMessageChannel channel = channel(poll);
    MessageCreateBuilder builder = announcement(text, roleId);
    if (!channel
        .getGuild()
        .getSelfMember()
        .hasPermission(channel, Permission.MESSAGE_ATTACH_FILES)) {
      LOG.info(
          "Poll {}: no Attach Files in channel {}, announcing without the chart",
          poll.id(),
          channel.getId());
      return channel
          .sendMessage(builder.build())
          .setNonce(Nonces.close(poll))
          .complete()
          .getIdLong();
    }
    try {
      byte[] png = results.chart(poll, r -> charts.png(ChartData.of(poll.title(), r)));
      builder.addFiles(FileUpload.fromData(png, "poll-" + poll.id() + "-results.png"));
    } catch (RuntimeException e) {
      LOG.warn("Results chart of poll {} could not be drawn: {}", poll.id(), e.toString());
    }
    return channel.sendMessage(builder.build()).setNonce(Nonces.close(poll)).complete().getIdLong();
  }

  private static MessageCreateBuilder announcement(String text, Long roleId) {
    MessageCreateBuilder builder = new MessageCreateBuilder();
    if (roleId != null) {
      builder
          .setContent("<@&" + roleId + "> " + text)
          .setAllowedMentions(EnumSet.of(Message.MentionType.ROLE))
          .mentionRoles(roleId);
    } else {
      builder.setContent(text).setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
    }
    return builder;
  }

  private GuildMessageChannel channel(Poll poll) {
    return discord
        .channel(poll.channelId())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "channel " + poll.channelId() + " of poll " + poll.id() + " is not visible"));
  }
}
