package dev.polly.api.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.api.fuzz.ErrorBodies;
import dev.polly.api.support.ApiPolls;
import dev.polly.api.support.Http;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import dev.polly.common.persistence.VoteDao;
import dev.polly.common.testing.TestPostgres;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PostgreSQL stopped under a mixed load of poll creations, reads and votes: during the outage every
 * answer is a success (served from cache) or a clear 503 JSON error, never a 500; no poll is left
 * without its options and no voter holds more votes than allowed; after PostgreSQL returns the same
 * running API serves writes again, without a restart. A creation whose COMMIT reached PostgreSQL
 * just before it stopped may still have answered 503; sent again with its Idempotency-Key it
 * answers that poll, so every creation ends as exactly one poll.
 */
class PostgresOutageUnderLoadTest {
  @RegisterExtension static final RunningApi API = new RunningApi();
  static final Duration OUTAGE = Duration.ofSeconds(4);

  static List<String> tokens;
  static long votePoll;

  @BeforeAll
  static void usersAndAPollToVoteOn() {
    Http http = API.http();
    tokens = LoadUsers.logIn(API.discord(), http, "pg-outage", 4);
    votePoll = ApiPolls.create(http, tokens.get(0), "Votes", false, false);
  }

  @AfterAll
  static void cleanUp() {
    TestPostgres.get().start();
  }

  @Test
  @DisplayName(
      "stopping PostgreSQL under load gives 503 JSON errors, writes nothing half, and recovers without a restart")
  void survivesAPostgresOutageUnderLoad() throws Exception {
    int port = API.app().getLocalPort();
    AtomicInteger created = new AtomicInteger();
    Queue<Integer> issued = new ConcurrentLinkedQueue<>();
    List<Load.Sample> samples;
    VoteStorm votes = new VoteStorm(TestPostgres.get().database().votes(), votePoll);
    try (Load load = new Load(3)) {
      load.worker(
          "create",
          i -> {
            issued.add(i);
            return create(port, i);
          },
          2_000,
          Duration.ofSeconds(30));
      load.worker(
          "read",
          i -> Load.get(port, "/api/me/preferences", tokens.get(i % 4)).GET().build(),
          50_000,
          Duration.ofSeconds(30));
      load.worker(
          "list",
          i -> Load.get(port, "/api/polls?guild=" + World.G1, tokens.get(i % 4)).GET().build(),
          50_000,
          Duration.ofSeconds(30));
      votes.start();
      Thread.sleep(1000);
      TestPostgres.get().stop();
      Thread.sleep(OUTAGE.toMillis());
      TestPostgres.get().start();
      await()
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(250))
          .until(
              () ->
                  API.http()
                          .json(
                              "POST",
                              "/api/polls",
                              tokens.get(1),
                              World.pollJson("After", false, false))
                          .status()
                      == 201);
      samples = load.finish();
      votes.stop();
    }

    List<Load.Sample> bad = samples.stream().filter(s -> !acceptable(s)).toList();
    long unavailable = samples.stream().filter(s -> s.status() == 503).count();
    samples.stream()
        .filter(s -> s.tag().equals("create") && s.status() == 201)
        .forEach(s -> created.incrementAndGet());
    System.out.printf(
        "FAULT postgres outage: %d requests, %d answered 503, %d polls created, %d votes cast, %d vote errors%n",
        samples.size(), unavailable, created.get(), votes.cast.get(), votes.failed.get());
    assertThat(bad).as("answers other than 2xx or a 503 JSON error").isEmpty();
    assertThat(unavailable).as("the outage was seen").isPositive();
    assertThat(pollsWithoutFullOptions()).as("polls missing options").isZero();
    assertThat(votersOverTheirLimit()).as("voters above max_choices").isZero();
    long stored = pollCount("Load %");
    assertThat(stored)
        .as("polls stored vs 201 answers (a 503 may follow a COMMIT)")
        .isGreaterThanOrEqualTo(created.get());
    assertThat(retried(port, issued))
        .as("retries of every creation with its key answered by the poll stored earlier")
        .isEqualTo(stored);
    assertThat(pollCount("Load %"))
        .as("one poll per creation after the retries")
        .isEqualTo(issued.size());
    assertThat(distinctTitles("Load %")).isEqualTo(issued.size());
    assertThat(API.http().get("/api/polls?guild=" + World.G1, tokens.get(2)).status())
        .isEqualTo(200);
  }

  private static boolean acceptable(Load.Sample s) {
    if (s.status() >= 200 && s.status() < 300) {
      return true;
    }
    return s.status() == 503
        && ErrorBodies.isJsonError("application/json", s.body())
        && s.body().contains("database_unavailable");
  }

  /**
   * Creation {@code i}: poll "Load i" by user {@code i % 4} under the key "load-i", the way a
   * client that may repeat a request sends it.
   */
  private static HttpRequest create(int port, int i) {
    return Load.get(port, "/api/polls", tokens.get(i % 4))
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", "load-" + i)
        .POST(HttpRequest.BodyPublishers.ofString(World.pollJson("Load " + i, false, false)))
        .build();
  }

  /**
   * Sends every issued creation again, as a client does after an error or no answer: each one
   * answers 201; returns how many were replays of a poll stored before.
   */
  private static long retried(int port, Queue<Integer> issued) {
    Http http = API.http();
    long replayed = 0;
    for (int i : issued) {
      Http.Resp resp = http.send(create(port, i));
      assertThat(resp.status()).as(resp.body()).isEqualTo(201);
      replayed += "true".equals(resp.header("Idempotent-Replayed")) ? 1 : 0;
    }
    return replayed;
  }

  private static long distinctTitles(String titlePattern) {
    return TestPostgres.get()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT count(DISTINCT title) FROM polls WHERE title LIKE :t")
                    .bind("t", titlePattern)
                    .mapTo(Long.class)
                    .one());
  }

  private static long pollsWithoutFullOptions() {
    return TestPostgres.get()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT count(*) FROM polls p WHERE (SELECT count(*) FROM poll_options o WHERE o.poll_id = p.id) < 2")
                    .mapTo(Long.class)
                    .one());
  }

  private static long votersOverTheirLimit() {
    return TestPostgres.get()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT count(*) FROM (SELECT v.poll_id, v.user_id FROM votes v JOIN polls p ON p.id = v.poll_id"
                            + " GROUP BY v.poll_id, v.user_id, p.max_choices HAVING count(*) > p.max_choices) x")
                    .mapTo(Long.class)
                    .one());
  }

  private static long pollCount(String titlePattern) {
    return TestPostgres.get()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT count(*) FROM polls WHERE title LIKE :t")
                    .bind("t", titlePattern)
                    .mapTo(Long.class)
                    .one());
  }

  /** Votes cast straight through VoteDao (the bot's path) from a few threads, bounded in count. */
  private static final class VoteStorm {
    final AtomicInteger cast = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private final VoteDao dao;
    private final long poll;
    private Future<?>[] workers;

    VoteStorm(VoteDao dao, long poll) {
      this.dao = dao;
      this.poll = poll;
    }

    void start() {
      workers = new Future<?>[2];
      for (int w = 0; w < 2; w++) {
        long base = 6_600_000_000_000_000L + w * 100_000L;
        workers[w] =
            pool.submit(
                () -> {
                  for (int i = 0; i < 5_000 && !stopped.get(); i++) {
                    try {
                      dao.toggle(poll, base + i % 50, i % 3);
                      cast.incrementAndGet();
                    } catch (RuntimeException e) {
                      failed.incrementAndGet();
                      sleepQuietly();
                    }
                  }
                });
      }
    }

    void stop() throws Exception {
      stopped.set(true);
      for (Future<?> w : workers) {
        w.get(30, TimeUnit.SECONDS);
      }
      pool.shutdownNow();
    }

    private static void sleepQuietly() {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
