package dev.polly.api.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * A small closed-loop load generator for fault tests: {@code threads} workers send the requests
 * built by a factory (given a running sequence number) to loopback until {@link #stop()}, the
 * request cap or the time cap, recording each answer's start time, latency, status and body. Every
 * loop is bounded in count and time.
 */
final class Load implements AutoCloseable {
  /** One answered (or failed: status -1) request. */
  record Sample(String tag, long startNanos, long latencyNanos, int status, String body) {}

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final ExecutorService pool;
  private final List<Future<?>> workers = new ArrayList<>();

  Load(int threads) {
    this.pool = Executors.newFixedThreadPool(threads);
  }

  /** Starts one worker sending {@code requests.apply(i)} for i = 0.. until stopped or capped. */
  void worker(String tag, IntFunction<HttpRequest> requests, int maxRequests, Duration maxTime) {
    workers.add(
        pool.submit(
            () -> {
              long deadline = System.nanoTime() + maxTime.toNanos();
              for (int i = 0;
                  i < maxRequests && !stopped.get() && System.nanoTime() < deadline;
                  i++) {
                samples.add(send(tag, requests.apply(i)));
              }
            }));
  }

  private Sample send(String tag, HttpRequest request) {
    long start = System.nanoTime();
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Sample(tag, start, System.nanoTime() - start, r.statusCode(), r.body());
    } catch (IOException e) {
      return new Sample(tag, start, System.nanoTime() - start, -1, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Sample(tag, start, System.nanoTime() - start, -1, "interrupted");
    }
  }

  static HttpRequest.Builder get(int port, String path, String token) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(20))
        .header("Authorization", "Bearer " + token);
  }

  void stop() {
    stopped.set(true);
  }

  /** Stops and waits for the workers (at most 30 s). */
  List<Sample> finish() throws Exception {
    stop();
    for (Future<?> w : workers) {
      w.get(30, TimeUnit.SECONDS);
    }
    return snapshot();
  }

  List<Sample> snapshot() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  /** The p-th percentile latency in milliseconds of {@code samples} (nearest rank). */
  static double percentileMs(List<Sample> samples, double p) {
    if (samples.isEmpty()) {
      return Double.NaN;
    }
    long[] sorted = samples.stream().mapToLong(Sample::latencyNanos).sorted().toArray();
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(rank, sorted.length - 1))] / 1e6;
  }

  @Override
  public void close() {
    stop();
    pool.shutdownNow();
  }
}
