package dev.polly.bot.support;

import dev.polly.common.domain.NewPoll;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollStatus;
import dev.polly.common.persistence.PollDao;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A synchronized in-memory {@link PollDao} for fast tests of Discord-side behaviour that make no
 * claim about persistence. Transitions are compare-and-set, like the real one.
 */
public final class InMemoryPolls implements PollDao {
  private final Map<Long, Poll> polls = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  @Override
  public synchronized Poll create(NewPoll p, boolean activeNow) {
    long id = ids.incrementAndGet();
    Instant now = Instant.now();
    Poll poll =
        new Poll(
            id,
            p.guildId(),
            p.channelId(),
            p.creatorId(),
            null,
            p.title(),
            p.question(),
            p.anonymous(),
            p.hideResults(),
            p.maxChoices(),
            p.allowedRoleId(),
            p.pingRoleId(),
            p.pingOnOpen(),
            p.pingOnClose(),
            p.imageUrl(),
            p.opensAt(),
            p.closesAt(),
            p.timezone(),
            activeNow ? PollStatus.ACTIVE : PollStatus.SCHEDULED,
            now,
            now,
            null,
            0,
            p.options());
    polls.put(id, poll);
    return poll;
  }

  @Override
  public Optional<Poll> find(long id) {
    return Optional.ofNullable(polls.get(id));
  }

  @Override
  public List<Poll> listByGuild(long guildId, PollStatus status, int limit, int offset) {
    return polls.values().stream()
        .filter(p -> p.guildId() == guildId && (status == null || p.status() == status))
        .sorted(Comparator.comparing(Poll::id).reversed())
        .skip(offset)
        .limit(limit)
        .toList();
  }

  @Override
  public long countByGuild(long guildId, PollStatus status) {
    return listByGuild(guildId, status, Integer.MAX_VALUE, 0).size();
  }

  @Override
  public Optional<Poll> updateScheduled(long id, int expectedVersion, NewPoll changes) {
    throw new UnsupportedOperationException("not used by the bot");
  }

  @Override
  public synchronized boolean markActive(long id) {
    return transition(id, PollStatus.SCHEDULED, PollStatus.ACTIVE, null, null);
  }

  @Override
  public synchronized boolean markClosed(long id, Instant closedAt) {
    return transition(id, PollStatus.ACTIVE, PollStatus.CLOSED, closedAt, null);
  }

  @Override
  public synchronized boolean reopen(long id, Instant newClosesAt) {
    return transition(id, PollStatus.CLOSED, PollStatus.ACTIVE, null, newClosesAt);
  }

  private boolean transition(
      long id, PollStatus from, PollStatus to, Instant closedAt, Instant closesAt) {
    Poll p = polls.get(id);
    if (p == null || p.status() != from) {
      return false;
    }
    polls.put(
        id,
        new Poll(
            p.id(),
            p.guildId(),
            p.channelId(),
            p.creatorId(),
            p.messageId(),
            p.title(),
            p.question(),
            p.anonymous(),
            p.hideResults(),
            p.maxChoices(),
            p.allowedRoleId(),
            p.pingRoleId(),
            p.pingOnOpen(),
            p.pingOnClose(),
            p.imageUrl(),
            p.opensAt(),
            closesAt == null ? p.closesAt() : closesAt,
            p.timezone(),
            to,
            p.createdAt(),
            Instant.now(),
            to == PollStatus.CLOSED ? closedAt : null,
            p.version() + 1,
            p.options()));
    return true;
  }

  @Override
  public synchronized boolean setMessageId(long id, long messageId) {
    Poll p = polls.get(id);
    if (p == null) {
      return false;
    }
    polls.put(
        id,
        new Poll(
            p.id(),
            p.guildId(),
            p.channelId(),
            p.creatorId(),
            messageId,
            p.title(),
            p.question(),
            p.anonymous(),
            p.hideResults(),
            p.maxChoices(),
            p.allowedRoleId(),
            p.pingRoleId(),
            p.pingOnOpen(),
            p.pingOnClose(),
            p.imageUrl(),
            p.opensAt(),
            p.closesAt(),
            p.timezone(),
            p.status(),
            p.createdAt(),
            Instant.now(),
            p.closedAt(),
            p.version(),
            p.options()));
    return true;
  }

  @Override
  public boolean delete(long id) {
    return polls.remove(id) != null;
  }

  @Override
  public List<Poll> dueToOpen(Instant now, int limit) {
    return polls.values().stream()
        .filter(p -> p.status() == PollStatus.SCHEDULED && !p.opensAt().isAfter(now))
        .sorted(Comparator.comparing(Poll::opensAt))
        .limit(limit)
        .toList();
  }

  @Override
  public List<Poll> dueToClose(Instant now, int limit) {
    return polls.values().stream()
        .filter(p -> p.status() == PollStatus.ACTIVE && !p.closesAt().isAfter(now))
        .sorted(Comparator.comparing(Poll::closesAt))
        .limit(limit)
        .toList();
  }

  @Override
  public List<Long> activePollIds(int limit) {
    return polls.values().stream()
        .filter(p -> p.status() == PollStatus.ACTIVE)
        .map(Poll::id)
        .limit(limit)
        .toList();
  }
}
