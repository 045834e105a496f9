package dev.polly.bot.features.poll.delete;

import dev.polly.bot.discord.DiscordConnection;
import dev.polly.bot.discord.PollMessages;
import dev.polly.common.domain.DeletedPollMessage;
import dev.polly.common.persistence.DeletedMessageDao;
import java.util.EnumSet;
import java.util.Optional;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Edits the Discord message of each deleted poll to say it was deleted, with its buttons removed,
 * whoever deleted it (the API or {@code /poll delete}). Works from {@code deleted_poll_messages}:
 * claims a message for {@value #LEASE_SECONDS} s, edits it, marks it done. A message or channel
 * that no longer exists, or that the bot may no longer see, needs nothing more; any other failure
 * leaves the claim to run out, and a later sweep tries again.
 */
public final class DeletedPollMessages {
  static final long LEASE_SECONDS = 60;
  private static final Logger LOG = LoggerFactory.getLogger(DeletedPollMessages.class);
  private static final EnumSet<ErrorResponse> GONE =
      EnumSet.of(
          ErrorResponse.UNKNOWN_MESSAGE,
          ErrorResponse.UNKNOWN_CHANNEL,
          ErrorResponse.MISSING_ACCESS,
          ErrorResponse.MISSING_PERMISSIONS);

  private final DiscordConnection discord;
  private final DeletedMessageDao dao;
  private final PollMessages messages;

  public DeletedPollMessages(
      DiscordConnection discord, DeletedMessageDao dao, PollMessages messages) {
    this.discord = discord;
    this.dao = dao;
    this.messages = messages;
  }

  /** Edits the message of {@code pollId} now, unless it is done or another worker holds it. */
  public void handle(long pollId) {
    dao.claim(pollId, LEASE_SECONDS).ifPresent(this::edit);
  }

  /** Edits up to {@code limit} pending messages; never throws. */
  public void sweep(int limit) {
    dao.claimPending(LEASE_SECONDS, limit).forEach(this::edit);
  }

  private void edit(DeletedPollMessage message) {
    Optional<GuildMessageChannel> channel = discord.channel(message.channelId());
    if (channel.isEmpty()) {
      LOG.info(
          "Deleted poll {}: channel {} is not visible to the bot; its message is left as it is",
          message.pollId(),
          message.channelId());
      dao.done(message.pollId());
      return;
    }
    try {
      channel
          .get()
          .editMessageById(message.messageId(), messages.deleted(message.title()))
          .complete();
      dao.done(message.pollId());
    } catch (ErrorResponseException e) {
      if (GONE.contains(e.getErrorResponse())) {
        dao.done(message.pollId());
      } else {
        LOG.warn("Marking poll {}'s message as deleted failed: {}", message.pollId(), e.toString());
      }
    } catch (RuntimeException e) {
      LOG.warn("Marking poll {}'s message as deleted failed: {}", message.pollId(), e.toString());
    }
  }
}
