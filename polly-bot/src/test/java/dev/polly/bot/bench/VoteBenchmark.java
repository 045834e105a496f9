package dev.polly.bot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.bot.BotSettings;
import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.FakeMember;
import dev.polly.bot.fake.RecordedCall;
import dev.polly.bot.support.BotHarness;
import dev.polly.bot.support.Polls;
import dev.polly.bot.support.TestServices;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Votes per second through the full vote path: a burst of INTERACTION_CREATE over the gateway → JDA
 * → deferred ephemeral acknowledgement → vote workers → PostgreSQL toggle → "Your vote: X" through
 * the interaction hook, with the results invalidation and the poll message edits behind it. Prints
 * one {@code BENCH} line: votes/s (all answered), acknowledgement and answer latency (p50, p99,
 * from the moment the burst was sent), message edits and the shortest gap between two, the vote
 * worker count, and this JVM's heap and RSS (bot, fake Discord and driver together) right after the
 * burst, with the load average. Outside the unit run: {@code bench/bot.sh}.
 */
@Tag("bench")
class VoteBenchmark {
  private static final int WARMUP = 1_000;
  private static final int VOTES = Integer.getInteger("polly.bench.votes", 5_000);
  private static final Duration INTERVAL = Duration.ofSeconds(3);

  @Test
  void votesPerSecondThroughTheFullPath() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start()) {
      try (TestServices services = TestServices.create();
          BotHarness bot =
              new BotHarness(discord, services.bot(), INTERVAL, Duration.ofSeconds(5))) {
        Polls.Posted poll = Polls.createThroughDiscord(discord, "A | B | C | D", Map.of());
        burst(discord, poll, 10_000_000L, WARMUP);
        Recording profile = startProfile();
        long cpuBefore = processCpuNanos();
        Instant sent = Instant.now();
        List<Long> ids = burst(discord, poll, 20_000_000L, VOTES);
        double seconds = Duration.between(sent, Instant.now()).toNanos() / 1e9;
        double cpuMillisPerVote = (processCpuNanos() - cpuBefore) / 1e6 / VOTES;
        String memory = memory();
        stopProfile(profile);
        List<RecordedCall> edits = editsSince(discord, poll, sent);
        System.out.printf(
            "BENCH votes=%d seconds=%.2f votes_per_second=%.0f ack_ms_p50=%d ack_ms_p99=%d"
                + " answer_ms_p50=%d answer_ms_p99=%d message_edits=%d min_edit_gap_ms=%d"
                + " (interval %d s) vote_threads=%d jvm_cpu_ms_per_vote=%.2f %s load_average=%s%n",
            VOTES,
            seconds,
            VOTES / seconds,
            percentile(ids, id -> discord.callbackTo(id).orElseThrow().at(), sent, 50),
            percentile(ids, id -> discord.callbackTo(id).orElseThrow().at(), sent, 99),
            percentile(ids, id -> discord.deferredAnswerTo(id).orElseThrow().at(), sent, 50),
            percentile(ids, id -> discord.deferredAnswerTo(id).orElseThrow().at(), sent, 99),
            edits.size(),
            minGapMillis(edits),
            INTERVAL.toSeconds(),
            Integer.getInteger("polly.bench.voteThreads", BotSettings.DEFAULT_VOTE_THREADS),
            cpuMillisPerVote,
            memory,
            loadAverage());
        assertThat(services.bot().votes().distinctVoters(poll.pollId())).isEqualTo(WARMUP + VOTES);
        assertThat(ids).allMatch(id -> text(discord, id).startsWith("Your vote: "));
      }
    }
  }

  /** Sends {@code count} clicks of distinct voters back to back; waits until all are answered. */
  private static List<Long> burst(
      FakeDiscord discord, Polls.Posted poll, long firstUser, int count) {
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
    List<Long> ids = discord.interactAll(payloads);
    int[] pending = {0};
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> allAnswered(discord, ids, pending));
    return ids;
  }

  /** Whether every click is answered; {@code pending[0]} skips the ones already seen answered. */
  private static boolean allAnswered(FakeDiscord discord, List<Long> ids, int[] pending) {
    while (pending[0] < ids.size() && discord.deferredAnswerTo(ids.get(pending[0])).isPresent()) {
      pending[0]++;
    }
    return pending[0] == ids.size();
  }

  private static String text(FakeDiscord discord, long id) {
    return discord.replyTo(id).orElseThrow().path("data").path("content").asText();
  }

  private static long percentile(
      List<Long> ids, Function<Long, Instant> at, Instant sent, int percentile) {
    List<Long> millis =
        ids.stream().map(id -> Duration.between(sent, at.apply(id)).toMillis()).sorted().toList();
    return millis.get(Math.min(millis.size() - 1, millis.size() * percentile / 100));
  }

  private static List<RecordedCall> editsSince(
      FakeDiscord discord, Polls.Posted poll, Instant since) {
    return discord.edits(discord.guild().channelId(), poll.messageId()).stream()
        .filter(c -> !c.at().isBefore(since))
        .toList();
  }

  private static long minGapMillis(List<RecordedCall> edits) {
    long min = -1;
    for (int i = 1; i < edits.size(); i++) {
      long gap = Duration.between(edits.get(i - 1).at(), edits.get(i).at()).toMillis();
      min = min < 0 ? gap : Math.min(min, gap);
    }
    return min;
  }

  /**
   * A JFR recording ("profile" settings) of the measured burst when {@code polly.bench.jfr} names
   * the file to write, else null.
   */
  private static Recording startProfile() throws IOException, ParseException {
    String file = System.getProperty("polly.bench.jfr");
    if (file == null || file.isBlank()) {
      return null;
    }
    Recording recording = new Recording(Configuration.getConfiguration("profile"));
    recording.setDestination(Path.of(file));
    recording.start();
    return recording;
  }

  private static void stopProfile(Recording recording) {
    if (recording != null) {
      recording.stop();
      recording.close();
    }
  }

  /** CPU time this JVM (bot, fake Discord and driver) has used so far. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Heap in use and the heap limit, and the process's RSS and peak RSS (Linux). */
  private static String memory() throws IOException {
    var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    String rss = "?";
    String peak = "?";
    Path status = Path.of("/proc/self/status");
    if (Files.exists(status)) {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024 + "";
        } else if (line.startsWith("VmHWM:")) {
          peak = Long.parseLong(line.replaceAll("\\D", "")) / 1024 + "";
        }
      }
    }
    return "heap_used_mib=%d heap_max_mib=%d rss_mib=%s rss_peak_mib=%s"
        .formatted(heap.getUsed() >> 20, heap.getMax() >> 20, rss, peak);
  }

  private static String loadAverage() throws IOException {
    Path load = Path.of("/proc/loadavg");
    return Files.exists(load) ? Files.readString(load).split(" ")[0] : "?";
  }
}
