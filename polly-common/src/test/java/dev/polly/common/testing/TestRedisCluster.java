package dev.polly.common.testing;

import dev.polly.common.dev.EmbeddedRedisServer;
import dev.polly.common.redis.RedisFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A three-master Redis Cluster on loopback, made of Debian's {@code /usr/bin/redis-server}
 * processes on free ports (client and cluster-bus ports both chosen free) and joined with {@code
 * redis-cli --cluster create}. Fails loudly when redis-server or redis-cli is missing ({@code
 * apt-get install redis-server}). {@link #close()} stops the processes it started.
 */
public final class TestRedisCluster implements AutoCloseable {
  private static final Path SERVER = Path.of("/usr/bin/redis-server");
  private static final Path CLI = Path.of("/usr/bin/redis-cli");

  private final List<Integer> ports = new ArrayList<>();
  private final List<Process> processes = new ArrayList<>();

  private TestRedisCluster() {}

  /** Starts three masters, creates the cluster and waits until it reports {@code ok}. */
  public static TestRedisCluster start() {
    if (!Files.isExecutable(SERVER) || !Files.isExecutable(CLI)) {
      throw new IllegalStateException(
          "The Redis Cluster test needs /usr/bin/redis-server and /usr/bin/redis-cli: "
              + "apt-get install redis-server");
    }
    TestRedisCluster cluster = new TestRedisCluster();
    try {
      for (int i = 0; i < 3; i++) {
        cluster.startNode();
      }
      List<String> create = new ArrayList<>(List.of(CLI.toString(), "--cluster", "create"));
      cluster.ports.forEach(p -> create.add("127.0.0.1:" + p));
      create.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
      String created = run(create);
      if (!created.contains("All 16384 slots covered")) {
        throw new IllegalStateException("redis-cli --cluster create failed: " + created);
      }
      for (int port : cluster.ports) {
        awaitOutput(port, List.of("cluster", "info"), "cluster_state:ok");
      }
      return cluster;
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  private void startNode() {
    int port = EmbeddedRedisServer.freePort();
    int busPort = EmbeddedRedisServer.freePort();
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "redis-cluster-" + port);
    try {
      Files.createDirectories(dir);
      Process process =
          new ProcessBuilder(
                  SERVER.toString(),
                  "--port",
                  Integer.toString(port),
                  "--cluster-port",
                  Integer.toString(busPort),
                  "--bind",
                  "127.0.0.1",
                  "--cluster-enabled",
                  "yes",
                  "--cluster-config-file",
                  "nodes-" + port + ".conf",
                  "--dir",
                  dir.toString(),
                  "--save",
                  "",
                  "--appendonly",
                  "no",
                  "--daemonize",
                  "no")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("redis.log").toFile())
              .start();
      processes.add(process);
      ports.add(port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitOutput(port, List.of("ping"), "PONG");
  }

  public List<Integer> ports() {
    return List.copyOf(ports);
  }

  /** {@code redis://127.0.0.1:{port}} of every master. */
  public List<String> nodeUrls() {
    return ports.stream().map(p -> "redis://127.0.0.1:" + p).toList();
  }

  /** Cluster-mode settings with 2 s timeouts (behaviour tests, not fail-fast timing). */
  public RedisFactory factory() {
    RedisFactory factory = new RedisFactory();
    factory.setMode("cluster");
    factory.setUrl(nodeUrls().get(0));
    factory.setNodes(nodeUrls());
    factory.setTimeout(io.dropwizard.util.Duration.seconds(2));
    factory.setConnectTimeout(io.dropwizard.util.Duration.seconds(2));
    return factory;
  }

  /** Runs {@code redis-cli -p port args...} and returns its output. */
  public static String cli(int port, List<String> args) {
    List<String> command = new ArrayList<>(List.of(CLI.toString(), "-p", Integer.toString(port)));
    command.addAll(args);
    return run(command);
  }

  private static void awaitOutput(int port, List<String> args, String expected) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String last = "";
    while (System.nanoTime() < deadline) {
      last = cli(port, args);
      if (last.contains(expected)) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(
        "Redis on " + port + " never answered " + expected + ": " + last);
  }

  private static String run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(30, TimeUnit.SECONDS);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    for (Process process : processes) {
      process.destroy();
    }
    for (Process process : processes) {
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
