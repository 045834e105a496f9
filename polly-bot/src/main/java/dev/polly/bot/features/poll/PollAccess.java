package dev.polly.bot.features.poll;

import dev.polly.bot.features.Replies;
import dev.polly.common.domain.Poll;
import dev.polly.common.persistence.PollDao;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/**
 * Finds the poll an interaction refers to and checks who may manage it: members with Manage Server,
 * or the poll's creator. A poll of another guild is treated as unknown. Each refusal is an
 * ephemeral reply saying why.
 */
public final class PollAccess {
  private final PollDao polls;

  public PollAccess(PollDao polls) {
    this.polls = polls;
  }

  /** The poll if it exists in the event's guild; otherwise replies and returns empty. */
  public Optional<Poll> find(IReplyCallback event, long pollId) {
    Optional<Poll> poll = polls.find(pollId);
    if (poll.isEmpty()
        || event.getGuild() == null
        || poll.get().guildId() != event.getGuild().getIdLong()) {
      Replies.ephemeral(event, "There is no poll #" + pollId + " in this server.");
      return Optional.empty();
    }
    return poll;
  }

  /** The poll if the member may manage it; otherwise replies and returns empty. */
  public Optional<Poll> findManageable(IReplyCallback event, long pollId) {
    Optional<Poll> poll = find(event, pollId);
    if (poll.isPresent() && !canManage(event.getMember(), poll.get())) {
      Replies.ephemeral(
          event,
          "Only the poll's creator or members with the Manage Server permission can do that.");
      return Optional.empty();
    }
    return poll;
  }

  /**
   * The finder of a command only members with Manage Server may use: anyone else gets {@code
   * refusal} (before any lookup); a manager gets the poll if it is in the event's guild.
   */
  public PollSubcommand.Finder managersOnly(String refusal) {
    return (event, pollId) -> {
      if (!isManager(event.getMember())) {
        Replies.ephemeral(event, refusal);
        return Optional.empty();
      }
      return find(event, pollId);
    };
  }

  public static boolean isManager(Member member) {
    return member != null && member.hasPermission(Permission.MANAGE_SERVER);
  }

  public static boolean canManage(Member member, Poll poll) {
    return member != null && (isManager(member) || member.getIdLong() == poll.creatorId());
  }
}
