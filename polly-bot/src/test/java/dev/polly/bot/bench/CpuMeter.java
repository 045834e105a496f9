package dev.polly.bot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * CPU time used during one phase of the benchmark, split by process: the bot's JVM, this JVM (the
 * fake Discord and the driver), the stores (this JVM's other child processes, such as Redis, and
 * the test PostgreSQL's server processes, found from the postmaster's pid), and the whole machine
 * (every process, from {@code /proc/stat}; on a shared machine that includes other users' work).
 */
final class CpuMeter {
  private static final double JIFFY_NANOS = 1e9 / 100;

  private final BotProcess bot;
  private final long postmaster;
  private final long bot0;
  private final long driver0;
  private final long others0;
  private final long machine0;

  private CpuMeter(BotProcess bot, long postmaster) throws IOException {
    this.bot = bot;
    this.postmaster = postmaster;
    this.bot0 = bot.cpuNanos();
    this.driver0 = driverNanos();
    this.others0 = storesNanos();
    this.machine0 = machineNanos();
  }

  /** Starts measuring; {@code postmaster} is the pid of the PostgreSQL server the bot uses. */
  static CpuMeter start(BotProcess bot, long postmaster) throws IOException {
    return new CpuMeter(bot, postmaster);
  }

  /** {@code bot_cpu_ms_per_vote=… driver_…= stores_…= machine_…=} for {@code votes} votes. */
  String perVote(int votes) throws IOException {
    return "bot_cpu_ms_per_vote=%.2f driver_cpu_ms_per_vote=%.2f stores_cpu_ms_per_vote=%.2f"
            .formatted(
                ms(bot.cpuNanos() - bot0, votes),
                ms(driverNanos() - driver0, votes),
                ms(storesNanos() - others0, votes))
        + " machine_cpu_ms_per_vote=%.2f".formatted(ms(machineNanos() - machine0, votes));
  }

  private static double ms(long nanos, int votes) {
    return nanos / 1e6 / votes;
  }

  private static long driverNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * CPU of this JVM's living descendants other than the bot (and the bot's own children), and of
   * the PostgreSQL server's living processes (postmaster and backends). A backend that ended during
   * the phase takes its CPU time with it; the bot's pooled connections live for the whole run.
   */
  private long storesNanos() {
    long botPid = bot.pid();
    Stream<ProcessHandle> children =
        ProcessHandle.current()
            .descendants()
            .filter(p -> p.pid() != botPid && p.parent().map(q -> q.pid() != botPid).orElse(true));
    Stream<ProcessHandle> postgres =
        ProcessHandle.of(postmaster).stream()
            .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()));
    return Stream.concat(children, postgres)
        .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
        .sum();
  }

  /** Busy CPU time of the whole machine (user, nice, system, irq, softirq, steal). */
  private static long machineNanos() throws IOException {
    Path stat = Path.of("/proc/stat");
    if (!Files.exists(stat)) {
      return 0;
    }
    String[] cpu = Files.readAllLines(stat).get(0).trim().split("\\s+");
    long jiffies = 0;
    for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
      jiffies += Long.parseLong(cpu[i]);
    }
    return (long) (jiffies * JIFFY_NANOS);
  }
}
