package dev.polly.common.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The module's shaded jar run the way an operator runs it: {@code java -jar <jar> <args>} in a
 * child JVM, with a clean environment (none of the variables {@code config.yml} reads are
 * inherited; only those given are set) and a timeout. Failsafe passes the jar's path in the system
 * property {@code polly.jar}; a missing jar fails the test loudly instead of skipping it.
 */
public final class ShippedJar {
  /** Variables {@code config.yml} reads; never inherited from the test JVM's environment. */
  private static final Pattern CONFIG_VARIABLES =
      Pattern.compile(
          "(DATABASE|REDIS|DISCORD|API|BOT|SESSION|CACHE|CORS|DASHBOARD|ADMIN)_.*|LOG_LEVEL");

  private final Path jar;

  private ShippedJar(Path jar) {
    this.jar = jar;
  }

  /** The jar named by {@code polly.jar}; fails when the property or the file is missing. */
  public static ShippedJar locate() {
    String path = System.getProperty("polly.jar");
    if (path == null) {
      throw new IllegalStateException(
          "system property polly.jar is not set: run this test through failsafe (mvn verify)");
    }
    Path jar = Path.of(path);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("the shaded jar " + jar + " is missing: run mvn package");
    }
    return new ShippedJar(jar);
  }

  public Path path() {
    return jar;
  }

  /** Starts {@code java -jar} with {@code args} in {@code workDir}; output goes to files there. */
  public Running start(Path workDir, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    try {
      Files.createDirectories(workDir);
      Path out = Files.createTempFile(workDir, "stdout-", ".txt");
      Path err = Files.createTempFile(workDir, "stderr-", ".txt");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      builder.environment().keySet().removeIf(name -> CONFIG_VARIABLES.matcher(name).matches());
      builder.environment().putAll(env);
      return new Running(builder.start(), out, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs to completion; a run that outlives {@code timeout} is killed and reported as such. */
  public Result run(Path workDir, Map<String, String> env, Duration timeout, String... args) {
    Running running = start(workDir, env, args);
    return running.await(timeout);
  }

  /** A started child JVM. */
  public record Running(Process process, Path stdout, Path stderr) {
    /** Waits for exit; kills the process tree and returns {@code timedOut} after the timeout. */
    public Result await(Duration timeout) {
      try {
        boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!exited) {
          kill();
        }
        return new Result(exited ? process.exitValue() : -1, !exited, read(stdout), read(stderr));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        kill();
        throw new IllegalStateException(e);
      }
    }

    /** Output so far. */
    public String output() {
      return read(stdout) + read(stderr);
    }

    /** SIGKILL to the JVM and its children (embedded servers): for cleanup only. */
    public void kill() {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private static String read(Path file) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** How a run ended: exit code (-1 when it timed out and was killed), and its output. */
  public record Result(int exitCode, boolean timedOut, String stdout, String stderr) {
    public String output() {
      return stdout + stderr;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + (timedOut ? " (timed out)" : "") + "\n" + output();
    }
  }
}
