package dev.polly.bot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The shipped polly-bot jar's {@code server} in a child JVM of its own, as an operator runs it (the
 * repository's {@code config.yml}, settings from the environment only), so the benchmark can read
 * the bot's own CPU time, heap and RSS apart from the fake Discord and the driver. Output goes to
 * {@code bot-stdout.txt} and {@code bot-stderr.txt} in the work directory.
 */
final class BotProcess implements AutoCloseable {
  private static final Pattern CONFIG_VARIABLES =
      Pattern.compile(
          "(DATABASE|REDIS|DISCORD|API|BOT|SESSION|CACHE|CORS|DASHBOARD|ADMIN)_.*|LOG_LEVEL"
              + "|JAVA_TOOL_OPTIONS");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final int adminPort;
  private final Path workDir;
  private final HttpClient http = HttpClient.newHttpClient();

  private BotProcess(Process process, int adminPort, Path workDir) {
    this.process = process;
    this.adminPort = adminPort;
    this.workDir = workDir;
  }

  /**
   * Starts {@code java <jvmOptions> -jar <jar> server <config>} with exactly {@code env} for the
   * variables {@code config.yml} reads.
   */
  static BotProcess start(
      Path jar,
      Path config,
      List<String> jvmOptions,
      Map<String, String> env,
      int adminPort,
      Path workDir)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "server", config.toString()));
    Files.createDirectories(workDir);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(workDir.resolve("bot-stdout.txt").toFile())
            .redirectError(workDir.resolve("bot-stderr.txt").toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().keySet().removeIf(name -> CONFIG_VARIABLES.matcher(name).matches());
    builder.environment().putAll(env);
    return new BotProcess(builder.start(), adminPort, workDir);
  }

  /** Waits until the admin {@code /healthcheck} (gateway, database, redis) answers 200. */
  void awaitHealthy(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the bot exited: see " + workDir);
      }
      try {
        if (get("/healthcheck").statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the bot did not become healthy: see " + workDir);
  }

  long pid() {
    return process.pid();
  }

  /** CPU time (user and system) the bot's JVM has used so far. */
  long cpuNanos() {
    return process.toHandle().info().totalCpuDuration().orElseThrow().toNanos();
  }

  /** Heap in use and its limit in MiB, from the admin {@code /metrics} JVM gauges. */
  long[] heapMib() throws IOException, InterruptedException {
    JsonNode gauges = JSON.readTree(get("/metrics").body()).path("gauges");
    return new long[] {
      gauges.path("jvm.memory.heap.used").path("value").asLong() >> 20,
      gauges.path("jvm.memory.heap.max").path("value").asLong() >> 20
    };
  }

  /** {@code VmRSS} and {@code VmHWM} (peak) of the bot's process in MiB. */
  long[] rssMib() throws IOException {
    long rss = -1;
    long peak = -1;
    for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      } else if (line.startsWith("VmHWM:")) {
        peak = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return new long[] {rss, peak};
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + path))
            .timeout(Duration.ofSeconds(5))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Stops the bot as an orchestrator would (SIGTERM, so a JFR recording is written), then kills.
   */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
