package dev.polly.bot.bench;

import static org.awaitility.Awaitility.await;

import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.support.Polls;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The benchmark's driver: sends vote clicks of distinct members on one poll over the fake gateway,
 * either as one burst or at a steady offered rate, and waits until every click is answered. Each
 * click is remembered with the moment it was sent, so latencies are per click.
 */
final class Clicks {
  /** One click sent: its interaction id and when it left the fake gateway. */
  record Sent(long id, Instant at) {}

  private static final Duration TICK = Duration.ofMillis(10);

  private final FakeDiscord discord;
  private final Polls.Posted poll;

  Clicks(FakeDiscord discord, Polls.Posted poll) {
    this.discord = discord;
    this.poll = poll;
  }

  /** Sends {@code count} clicks back to back; waits until all are answered. */
  List<Sent> burst(long firstUser, int count) {
    List<Map<String, Object>> payloads = payloads(firstUser, count);
    Instant at = Instant.now();
    List<Sent> sent = discord.interactAll(payloads).stream().map(id -> new Sent(id, at)).toList();
    awaitAnswers(sent);
    return sent;
  }

  /**
   * Offers {@code perSecond} clicks a second for {@code duration}, sent in 10 ms slices, then waits
   * until all are answered.
   */
  List<Sent> steady(long firstUser, int perSecond, Duration duration) {
    int total = (int) (perSecond * duration.toMillis() / 1000);
    List<Map<String, Object>> payloads = payloads(firstUser, total);
    List<Sent> sent = new ArrayList<>(total);
    long start = System.nanoTime();
    while (sent.size() < total) {
      long elapsed = System.nanoTime() - start;
      int due = (int) Math.min(total, (long) perSecond * elapsed / 1_000_000_000L);
      if (due > sent.size()) {
        Instant at = Instant.now();
        for (long id : discord.interactAll(payloads.subList(sent.size(), due))) {
          sent.add(new Sent(id, at));
        }
      }
      LockSupport.parkNanos(TICK.toNanos());
    }
    awaitAnswers(sent);
    return sent;
  }

  private List<Map<String, Object>> payloads(long firstUser, int count) {
    List<Map<String, Object>> payloads = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      payloads.add(
          discord
              .interactions()
              .button(
                  discord.guild(),
                  FakeMember.voter(firstUser + i),
                  "vote:" + poll.pollId() + ":" + (i % 4),
                  poll.messageId()));
    }
    return payloads;
  }

  private void awaitAnswers(List<Sent> sent) {
    int[] pending = {0};
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> allAnswered(sent, pending));
  }

  /** Whether every click is answered; {@code pending[0]} skips the ones already seen answered. */
  private boolean allAnswered(List<Sent> sent, int[] pending) {
    while (pending[0] < sent.size()
        && discord.deferredAnswerTo(sent.get(pending[0]).id()).isPresent()) {
      pending[0]++;
    }
    return pending[0] == sent.size();
  }
}
