package dev.polly.api.store;

import static dev.polly.api.support.World.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.common.testing.TestRedis;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issues #12.7 and #12.8: an OAuth state is used at most once, atomically, and a state issued while
 * Redis was down still works after Redis returns (the signed cookie is the state; Redis only holds
 * the single-use marker set at first use).
 */
class OAuthStateTest {
  @RegisterExtension static final RunningApi API = new RunningApi();

  @Test
  @DisplayName("10 concurrent callbacks with one state create exactly one session")
  void concurrentCallbacksWithOneStateCreateOneSession() throws Exception {
    RedisRecovery.awaitInUse(API.app()); // after another test's outage
    Http http = API.http();
    Login.Started started = Login.start(http);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Http.Resp>> calls = new ArrayList<>();
    try {
      for (int i = 0; i < 10; i++) {
        calls.add(
            pool.submit(
                () -> {
                  go.await();
                  return Login.callback(
                      new Http(http.base()), ALICE.code(), started.state(), started.stateCookie());
                }));
      }
      go.countDown();
      int sessions = 0;
      List<Integer> statuses = new ArrayList<>();
      for (Future<Http.Resp> call : calls) {
        Http.Resp r = call.get(30, TimeUnit.SECONDS);
        statuses.add(r.status());
        if (r.all("Set-Cookie").stream()
            .anyMatch(c -> c.startsWith("polly_session=") && !c.startsWith("polly_session=;"))) {
          sessions++;
        }
      }
      assertThat(sessions).as("sessions created, statuses %s", statuses).isEqualTo(1);
      assertThat(statuses).containsOnlyOnce(303);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("a state issued while Redis was down completes the login after Redis returns")
  void stateIssuedDuringARedisOutageWorksAfterIt() {
    Http http = API.http();
    Login.Started started;
    TestRedis.get().stop();
    try {
      started = Login.start(http);
    } finally {
      TestRedis.get().start();
    }
    RedisRecovery.awaitInUse(API.app());

    Http.Resp callback = Login.callback(http, ALICE.code(), started.state(), started.stateCookie());

    assertThat(callback.status()).as(callback.body()).isEqualTo(303);
    assertThat(Login.callback(http, ALICE.code(), started.state(), started.stateCookie()).status())
        .as("and it is still single-use")
        .isEqualTo(400);
  }
}
