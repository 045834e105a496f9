package dev.polly.bot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.bot.BotSettings;
import dev.polly.bot.fake.FakeDiscord;
import dev.polly.bot.fake.RecordedCall;
import dev.polly.bot.support.Polls;
import dev.polly.common.dev.EmbeddedRedisServer;
import dev.polly.common.testing.PasswordRedis;
import dev.polly.common.testing.RepoFiles;
import dev.polly.common.testing.ShippedJar;
import dev.polly.common.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Votes per second through the full vote path, with the bot in a JVM of its own: the shipped
 * polly-bot jar ({@link BotProcess}, the repository's config.yml) against the fake Discord, the
 * module's PostgreSQL and a password-protected Redis; this JVM holds only the fake Discord and the
 * driver ({@link Clicks}). Click → INTERACTION_CREATE over the gateway → JDA → deferred ephemeral
 * acknowledgement → vote workers → PostgreSQL toggle → "Your vote: X" edited into the reply, with
 * the results invalidation and the poll message edits (at most one per 3 s) behind it.
 *
 * <p>Prints one {@code BENCH} line for a burst of {@code polly.bench.votes} clicks (default 5,000,
 * latency from the moment the burst was sent) and one per offered rate in {@code polly.bench.rates}
 * (clicks a second for {@code polly.bench.rateSeconds} seconds; latency per click from its own
 * sending), then the highest rate whose acknowledgement p99 stayed under 3 s. Each line has
 * votes/s, acknowledgement and answer p50/p99, message edits and the shortest gap between two, CPU
 * per vote by process, the bot's heap and RSS, and the load average. Outside the unit run: {@code
 * bench/bot.sh}.
 */
@Tag("bench")
class VoteBenchmark {
  private static final int WARMUP = 1_000;
  private static final int VOTES = Integer.getInteger("polly.bench.votes", 5_000);
  private static final String RATES = System.getProperty("polly.bench.rates", "");
  private static final int RATE_SECONDS = Integer.getInteger("polly.bench.rateSeconds", 10);
  private static final String THREADS =
      System.getProperty(
          "polly.bench.voteThreads", Integer.toString(BotSettings.DEFAULT_VOTE_THREADS));
  private static final Duration ACK_LIMIT = Duration.ofSeconds(3);

  @Test
  void votesPerSecondThroughTheFullPath() throws Exception {
    TestPostgres pg = TestPostgres.get();
    pg.truncateAll();
    Path work = Path.of(System.getProperty("polly.bench.work", "target/vote-benchmark"));
    int adminPort = EmbeddedRedisServer.freePort();
    try (FakeDiscord discord = FakeDiscord.start();
        PasswordRedis redis = new PasswordRedis("bench-" + System.nanoTime());
        BotProcess bot =
            BotProcess.start(
                ShippedJar.locate().path(),
                RepoFiles.root().resolve("config.yml"),
                jvmOptions(),
                env(pg, redis, discord, adminPort),
                adminPort,
                work)) {
      bot.awaitHealthy(Duration.ofMinutes(2));
      Polls.Posted poll = Polls.createThroughDiscord(discord, "A | B | C | D", Map.of());
      Clicks clicks = new Clicks(discord, poll);
      clicks.burst(10_000_000L, WARMUP);
      int total = WARMUP;

      long postmaster = postmaster(pg);
      CpuMeter cpu = CpuMeter.start(bot, postmaster);
      List<Clicks.Sent> burst = clicks.burst(20_000_000L, VOTES);
      System.out.println(line("mode=burst", discord, poll, bot, cpu, burst));
      total += VOTES;

      int best = -1;
      int keptUp = -1;
      long firstUser = 30_000_000L;
      for (int rate : rates()) {
        cpu = CpuMeter.start(bot, postmaster);
        List<Clicks.Sent> sent = clicks.steady(firstUser, rate, Duration.ofSeconds(RATE_SECONDS));
        System.out.println(
            line("mode=steady offered_per_second=" + rate, discord, poll, bot, cpu, sent));
        if (percentile(sent, ack(discord), 99) < ACK_LIMIT.toMillis()) {
          best = Math.max(best, rate);
          if (achieved(discord, sent) >= rate * 0.95) {
            keptUp = Math.max(keptUp, rate);
          }
        }
        firstUser += 10_000_000L;
        total += sent.size();
      }
      if (!rates().isEmpty()) {
        System.out.printf(
            "BENCH headline highest_offered_rate_with_ack_p99_under_3s=%s"
                + " highest_rate_also_answered_at_95_percent_of_offered=%s (of %s)%n",
            best < 0 ? "none" : best + "/s", keptUp < 0 ? "none" : keptUp + "/s", RATES.trim());
      }
      assertThat(pg.database().votes().distinctVoters(poll.pollId())).isEqualTo(total);
      assertThat(burst)
          .allMatch(
              c ->
                  discord
                      .replyTo(c.id())
                      .orElseThrow()
                      .path("data")
                      .path("content")
                      .asText()
                      .startsWith("Your vote: "));
    }
  }

  private static String line(
      String mode,
      FakeDiscord discord,
      Polls.Posted poll,
      BotProcess bot,
      CpuMeter cpu,
      List<Clicks.Sent> sent)
      throws Exception {
    Instant first = sent.get(0).at();
    double seconds = sent.size() / achieved(discord, sent);
    long[] heap = bot.heapMib();
    long[] rss = bot.rssMib();
    List<RecordedCall> edits = editsSince(discord, poll, first);
    return ("BENCH %s votes=%d seconds=%.2f votes_per_second=%.0f ack_ms_p50=%d ack_ms_p99=%d"
            + " answer_ms_p50=%d answer_ms_p99=%d message_edits=%d min_edit_gap_ms=%d"
            + " (interval 3 s) vote_threads=%s %s bot_heap_used_mib=%d bot_heap_max_mib=%d"
            + " bot_rss_mib=%d bot_rss_peak_mib=%d load_average=%s")
        .formatted(
            mode,
            sent.size(),
            seconds,
            achieved(discord, sent),
            percentile(sent, ack(discord), 50),
            percentile(sent, ack(discord), 99),
            percentile(sent, answer(discord), 50),
            percentile(sent, answer(discord), 99),
            edits.size(),
            minGapMillis(edits),
            THREADS,
            cpu.perVote(sent.size()),
            heap[0],
            heap[1],
            rss[0],
            rss[1],
            loadAverage());
  }

  /** Votes a second: clicks over the time from the first sent to the last answered. */
  private static double achieved(FakeDiscord discord, List<Clicks.Sent> sent) {
    Instant last =
        sent.stream().map(c -> answer(discord).apply(c)).max(Instant::compareTo).orElseThrow();
    return sent.size() / (Duration.between(sent.get(0).at(), last).toNanos() / 1e9);
  }

  private static Function<Clicks.Sent, Instant> ack(FakeDiscord discord) {
    return c -> discord.callbackTo(c.id()).orElseThrow().at();
  }

  private static Function<Clicks.Sent, Instant> answer(FakeDiscord discord) {
    return c -> discord.deferredAnswerTo(c.id()).orElseThrow().at();
  }

  /** The given percentile of the time from sending each click to {@code at}, in ms. */
  private static long percentile(
      List<Clicks.Sent> sent, Function<Clicks.Sent, Instant> at, int percentile) {
    List<Long> millis =
        sent.stream().map(c -> Duration.between(c.at(), at.apply(c)).toMillis()).sorted().toList();
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

  private static List<Integer> rates() {
    return RATES.isBlank()
        ? List.of()
        : Arrays.stream(RATES.trim().split("[ ,]+")).map(Integer::parseInt).toList();
  }

  /**
   * The bot JVM's options: {@code polly.bench.botJvm} (default a 512 MiB heap, as a container of
   * about 700 MiB would give it), plus a JFR recording of the whole run into {@code
   * polly.bench.jfr} when set.
   */
  private static List<String> jvmOptions() {
    List<String> options =
        new ArrayList<>(
            List.of(
                System.getProperty("polly.bench.botJvm", "-Xmx512m -XX:+ExitOnOutOfMemoryError")
                    .trim()
                    .split("\\s+")));
    String jfr = System.getProperty("polly.bench.jfr", "");
    if (!jfr.isBlank()) {
      options.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + jfr);
    }
    return options;
  }

  private static Map<String, String> env(
      TestPostgres pg, PasswordRedis redis, FakeDiscord discord, int adminPort) {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", pg.jdbcUrl());
    env.put("DATABASE_USER", pg.user());
    env.put("DATABASE_PASSWORD", pg.password());
    env.put("REDIS_HOST", redis.host());
    env.put("REDIS_PORT", Integer.toString(redis.port()));
    env.put("REDIS_PASSWORD", redis.password());
    env.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
    env.put("DISCORD_API_BASE_URL", discord.apiBaseUrl());
    env.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
    env.put("BOT_ADMIN_PORT", Integer.toString(adminPort));
    env.put("BOT_VOTE_THREADS", THREADS);
    String answers = System.getProperty("polly.bench.answersInFlight", "");
    if (!answers.isBlank()) {
      env.put("BOT_ANSWERS_IN_FLIGHT", answers);
    }
    return env;
  }

  /** The PostgreSQL server's pid: the parent of a backend serving this JVM. */
  private static long postmaster(TestPostgres pg) {
    long backend =
        pg.jdbi().withHandle(h -> h.createQuery("SELECT pg_backend_pid()").mapTo(Long.class).one());
    return ProcessHandle.of(backend)
        .flatMap(ProcessHandle::parent)
        .map(ProcessHandle::pid)
        .orElse(backend);
  }

  private static String loadAverage() throws IOException {
    Path load = Path.of("/proc/loadavg");
    return Files.exists(load) ? Files.readString(load).split(" ")[0] : "?";
  }
}
