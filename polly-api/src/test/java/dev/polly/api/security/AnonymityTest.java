package dev.polly.api.security;

import static dev.polly.api.support.World.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import dev.polly.common.persistence.VoteDao;
import dev.polly.common.testing.TestPostgres;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * An anonymous poll's voters never leave the database: not in any API response (poll, list,
 * results, exports in JSON and CSV, duplicate, close, reopen), not in admin task output, and not in
 * any log line, captured with a logback appender on the root logger while {@code dev.polly} logs at
 * DEBUG. A non-anonymous control poll proves the checks would see a voter id.
 */
class AnonymityTest {
  @RegisterExtension static final RunningApi API = new RunningApi();
  static final List<Long> SECRET_VOTERS =
      LongStream.rangeClosed(1, 6).map(i -> 777_000_000_000_000_000L + i).boxed().toList();
  static final List<Long> PUBLIC_VOTERS =
      LongStream.rangeClosed(1, 3).map(i -> 555_000_000_000_000_000L + i).boxed().toList();

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private Level previousLevel;

  @BeforeEach
  void captureLogs() {
    logs.start();
    root().addAppender(logs);
    Logger polly = (Logger) LoggerFactory.getLogger("dev.polly");
    previousLevel = polly.getLevel();
    polly.setLevel(Level.DEBUG);
  }

  @AfterEach
  void releaseLogs() {
    root().detachAppender(logs);
    ((Logger) LoggerFactory.getLogger("dev.polly")).setLevel(previousLevel);
  }

  @Test
  @DisplayName(
      "an anonymous poll's voters are absent from every response, export, task output and log line")
  void anonymousVotersNeverLeak() {
    Http http = API.http();
    Http admin = API.admin();
    String alice = Login.as(http, ALICE);
    long anonymous = createPoll(http, alice, "Secret ballot", true);
    long control = createPoll(http, alice, "Open ballot", false);
    VoteDao votes = TestPostgres.get().database().votes();
    SECRET_VOTERS.forEach(v -> votes.toggle(anonymous, v, (int) (v % 3)));
    PUBLIC_VOTERS.forEach(v -> votes.toggle(control, v, 0));

    List<String> bodies = new ArrayList<>();
    String p = "/api/polls/" + anonymous;
    for (String path :
        List.of(
            p,
            p + "/results",
            p + "/export.json",
            p + "/export.csv",
            "/api/polls?guild=" + World.G1 + "&size=100")) {
      bodies.add(http.get(path, alice).body());
    }
    bodies.add(http.json("POST", p + "/duplicate", alice, "{}").body());
    bodies.add(post(http, alice, p + "/close"));
    bodies.add(http.get(p + "/results", alice).body());
    bodies.add(http.get(p + "/export.json", alice).body());
    bodies.add(http.get(p + "/export.csv", alice).body());
    bodies.add(http.json("POST", p + "/reopen", alice, "{\"duration_minutes\":30}").body());
    bodies.add(post(admin, null, "/tasks/cache-warm"));
    bodies.add(post(admin, null, "/tasks/cache-stats"));
    bodies.add(post(admin, null, "/tasks/cache-invalidate?region=poll_results&key=" + anonymous));
    bodies.add(http.get(p + "/results", alice).body());
    String controlExport = http.get("/api/polls/" + control + "/export.json", alice).body();

    assertThat(http.get(p + "/results", alice).json().path("total_votes").asLong())
        .as("the votes exist")
        .isEqualTo(SECRET_VOTERS.size());
    assertThat(controlExport)
        .as("control: a voter id is visible when it may be")
        .contains(Long.toString(PUBLIC_VOTERS.get(0)));
    for (Long voter : SECRET_VOTERS) {
      String id = Long.toString(voter);
      assertThat(bodies).as("responses").noneMatch(b -> b.contains(id));
      assertThat(logLines()).as("log lines").noneMatch(line -> line.contains(id));
    }
  }

  private List<String> logLines() {
    return logs.list.stream()
        .map(
            e ->
                e.getFormattedMessage()
                    + " "
                    + e.getMDCPropertyMap()
                    + (e.getThrowableProxy() == null
                        ? ""
                        : ThrowableProxyUtil.asString(e.getThrowableProxy())))
        .toList();
  }

  private static long createPoll(Http http, String token, String title, boolean anonymous) {
    Http.Resp r = http.json("POST", "/api/polls", token, World.pollJson(title, anonymous, false));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().path("id").asLong();
  }

  private static String post(Http http, String token, String path) {
    return http.send(
            Attempt.h1(http.request(path, token)).POST(HttpRequest.BodyPublishers.noBody()).build())
        .body();
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
