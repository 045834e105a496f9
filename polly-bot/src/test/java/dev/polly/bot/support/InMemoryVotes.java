package dev.polly.bot.support;

import dev.polly.common.domain.Poll;
import dev.polly.common.domain.PollStatus;
import dev.polly.common.domain.Vote;
import dev.polly.common.persistence.VoteDao;
import dev.polly.common.persistence.VoteOutcome;
import dev.polly.common.persistence.VoteOutcome.Result;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A synchronized in-memory {@link VoteDao} with the real toggle rules, for fast tests. */
public final class InMemoryVotes implements VoteDao {
  private final InMemoryPolls polls;
  private final Map<Long, Map<Long, TreeSet<Integer>>> votes = new TreeMap<>();

  public InMemoryVotes(InMemoryPolls polls) {
    this.polls = polls;
  }

  @Override
  public synchronized VoteOutcome toggle(long pollId, long userId, int position) {
    Optional<Poll> poll = polls.find(pollId);
    if (poll.isEmpty()) {
      return new VoteOutcome(Result.REJECTED_UNKNOWN_POLL, List.of());
    }
    TreeSet<Integer> mine =
        votes
            .computeIfAbsent(pollId, k -> new TreeMap<>())
            .computeIfAbsent(userId, k -> new TreeSet<>());
    if (poll.get().status() != PollStatus.ACTIVE) {
      return new VoteOutcome(Result.REJECTED_NOT_ACTIVE, List.copyOf(mine));
    }
    if (poll.get().options().stream().noneMatch(o -> o.position() == position)) {
      return new VoteOutcome(Result.REJECTED_UNKNOWN_OPTION, List.copyOf(mine));
    }
    Result result;
    if (mine.remove(position)) {
      result = Result.REMOVED;
    } else if (poll.get().singleChoice() && !mine.isEmpty()) {
      mine.clear();
      mine.add(position);
      result = Result.SWITCHED;
    } else if (mine.size() >= poll.get().maxChoices()) {
      result = Result.REJECTED_MAX_CHOICES;
    } else {
      mine.add(position);
      result = Result.ADDED;
    }
    return new VoteOutcome(result, List.copyOf(mine));
  }

  @Override
  public synchronized List<Integer> choicesOf(long pollId, long userId) {
    return List.copyOf(votes.getOrDefault(pollId, Map.of()).getOrDefault(userId, new TreeSet<>()));
  }

  @Override
  public synchronized Map<Integer, Long> countsByPosition(long pollId) {
    return votes.getOrDefault(pollId, Map.of()).values().stream()
        .flatMap(TreeSet::stream)
        .collect(Collectors.groupingBy(p -> p, Collectors.counting()));
  }

  @Override
  public synchronized long distinctVoters(long pollId) {
    return votes.getOrDefault(pollId, Map.of()).values().stream().filter(s -> !s.isEmpty()).count();
  }

  @Override
  public synchronized List<Vote> listVotes(long pollId) {
    List<Vote> list = new ArrayList<>();
    votes
        .getOrDefault(pollId, Map.of())
        .forEach(
            (user, positions) ->
                positions.forEach(p -> list.add(new Vote(pollId, user, p, Instant.EPOCH))));
    return list;
  }
}
