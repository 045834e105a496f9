package dev.polly.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Prometheus's {@code promtool} (Debian package {@code prometheus}, installed by {@code
 * .ci/run}) and returns its exit code and output. A missing promtool fails the calling test with
 * the install command, never skips it.
 */
public final class Promtool {

  /** Exit code and combined stdout/stderr of one promtool run. */
  public record Result(int exitCode, String output) {
    public Result {
      Objects.requireNonNull(output);
    }

    public boolean succeeded() {
      return exitCode == 0;
    }
  }

  private Promtool() {}

  /** The promtool on the PATH; throws {@link AssertionError} naming the fix when there is none. */
  public static Path binary() {
    String path = Objects.requireNonNullElse(System.getenv("PATH"), "");
    return Stream.of(path.split(":"))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, "promtool"))
        .filter(Files::isExecutable)
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "promtool is not installed: run `apt-get install -y prometheus` (.ci/run does)"));
  }

  /** Runs {@code promtool args...}, feeding {@code stdin} (may be empty). */
  public static Result run(String stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add(binary().toString());
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("promtool did not finish in 60 s: " + command);
      }
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code promtool check metrics} over a scrape: exit 1 is a parse error, 3 lint findings. */
  public static MetricsCheck checkMetrics(String scrape) {
    Result result = run(scrape, "check", "metrics");
    List<String> findings =
        result.output().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    return new MetricsCheck(result.exitCode(), findings);
  }

  /**
   * Outcome of {@code promtool check metrics}. {@link #parsed()} says Prometheus can ingest the
   * text; {@link #findings()} are the linter's lines ({@code <metric> <advice>}).
   */
  public record MetricsCheck(int exitCode, List<String> findings) {
    public MetricsCheck {
      findings = List.copyOf(findings);
    }

    /** True unless promtool could not parse the exposition (its exit code 1). */
    public boolean parsed() {
      return exitCode == 0 || exitCode == 3;
    }
  }
}
