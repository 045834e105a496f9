package dev.polly.api.web;

import static dev.polly.api.support.World.ALICE;
import static dev.polly.api.support.World.G1;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.polly.api.PollyApiApplication;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.api.support.World;
import dev.polly.common.domain.ranked.RankedBallot;
import dev.polly.common.events.VotesChanged;
import dev.polly.common.persistence.BallotDao;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard's flows in real Chromium against the real API (PostgreSQL, Redis, fake Discord):
 * one API and one browser for the whole suite, run in order as one user's journey. Every page is
 * checked with axe-core and screenshotted into {@code target/screenshots/}, and the console must
 * stay free of errors.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {
  static final int PORT = DashboardApp.freePort();

  @RegisterExtension
  static final RunningApi API = RunningApi.of(World::start, d -> DashboardApp.create(d, PORT));

  /**
   * The one 4xx the dashboard provokes on every form by design: looking for a saved draft answers
   * 404 when there is none, and Chromium logs every failed fetch as a console error. The answers a
   * test provokes on purpose are allowed by that test alone ({@link #expectConsole}); anything else
   * in the console fails the test.
   */
  static final Pattern NO_DRAFT_YET =
      Pattern.compile("/api/drafts/[a-z0-9-]+ - Failed to load resource: .* 404");

  /** Signed out, the dashboard's first call finds out: {@code /api/me} answers 401. */
  static final String SIGNED_OUT_PROBE = "/api/me(/preferences)? - Failed to load resource: .* 401";

  static Browser browser;

  @RegisterExtension static final FailureScreenshot FAILURES = new FailureScreenshot(() -> browser);
  static String pollId;

  /** Console errors the running test provokes on purpose (a new list for every test). */
  private final List<Pattern> expected = new ArrayList<>(List.of(NO_DRAFT_YET));

  @BeforeAll
  static void startBrowser() {
    browser = new Browser("http://127.0.0.1:" + PORT, Path.of("target", "screenshots"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @AfterEach
  void consoleStaysClean() {
    browser.assertNoConsoleErrors(expected);
  }

  /** Allows console lines matching {@code regex} in the running test only. */
  private void expectConsole(String regex) {
    expected.add(Pattern.compile(regex));
  }

  private static void page(String name) {
    browser.assertAccessible(name);
    browser.screenshot(name);
  }

  @Test
  @Order(1)
  @DisplayName("signed out, the page says what Polly is and offers Sign in with Discord")
  void signedOutPage() {
    expectConsole(SIGNED_OUT_PROBE);
    browser.open("/");
    browser.h1("Polls for your Discord server");
    LoadTimes.record(browser, "signed-out page, first load (cold cache)");
    assertThat(browser.el("#sign-in").getAttribute("href")).endsWith("/auth/login");
    page("01-signed-out");
  }

  @Test
  @Order(2)
  @DisplayName("Sign in with Discord goes through the authorize page and lands on the servers")
  void signInAndPickAServer() {
    API.discord().authorizeAs(ALICE);
    browser.el("#sign-in").click();
    browser.h1("Your servers");
    assertThat(browser.el("#whoami").getText()).isEqualTo("alice");
    WebElement card = browser.el("li[data-guild='" + G1 + "']");
    assertThat(card.getText()).contains("Guild One");
    page("02-servers");

    card.findElement(By.cssSelector("a[href='#/guilds/" + G1 + "/polls']")).click();
    browser.h1("Polls in Guild One");
    assertThat(browser.url()).endsWith("#/guilds/" + G1 + "/polls");
    browser.el("#no-polls");
    page("03-poll-list-empty");
  }

  @Test
  @Order(3)
  @DisplayName("creating a poll shows the API's field errors GOV.UK-style first, then succeeds")
  void createPollWithFieldErrorsThenSuccess() {
    expectConsole("/api/polls - Failed to load resource: .* 422");
    browser.el("#new-poll").click();
    browser.h1("New poll in Guild One");
    browser.el("#submit-poll").click();

    WebElement summary = browser.el("#error-summary");
    assertThat(summary.getText()).startsWith("There is a problem").contains("Title is required");
    browser.waitFor(d -> summary.equals(d.switchTo().activeElement()));
    assertThat(browser.el("#f-title-error").getText()).contains("Title is required");
    assertThat(browser.el("#f-channel-error").getText()).contains("Channel is required");
    page("04-poll-form-errors");

    summary.findElement(By.linkText("Title is required")).click();
    assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("f-title");
    browser.el("#f-title").sendKeys("Lunch");
    browser.el("#f-option-0").sendKeys("Pizza");
    browser.el("#f-option-1").sendKeys("Sushi");
    browser.el("#f-option-0-emoji + button").click();
    browser.el("#f-option-0-emoji-grid button[title=':polly:']").click();
    assertThat(browser.el("#f-option-0-emoji").getAttribute("value")).isEqualTo("<:polly:700>");
    new Select(browser.el("#f-channel")).selectByVisibleText("#polls");
    browser.el("#f-remind").sendKeys("30");
    browser.el("#f-title").sendKeys(Keys.ENTER); // submitted from the keyboard

    browser.h1("Lunch");
    pollId = browser.url().replaceAll(".*#/polls/(\\d+)$", "$1");
    assertThat(pollId).matches("\\d+");
    assertThat(browser.el("#poll-status").getText()).isEqualTo("active");
    assertThat(fetchText("/api/polls/" + pollId)).contains("\"remind_before_minutes\":30");
  }

  @Test
  @Order(4)
  @DisplayName("a draft is autosaved and restored after a reload")
  void draftRestoredAfterReload() {
    browser.open("/#/guilds/" + G1 + "/polls/new");
    browser.h1("New poll in Guild One");
    browser.el("#f-title").sendKeys("Half-written poll");
    browser.el("#f-option-0").sendKeys("Keep me");
    browser.waitFor(d -> browser.el("#draft-status").getText().startsWith("Draft saved"));

    browser.driver().navigate().refresh();
    browser.el("#draft-restored");
    assertThat(browser.el("#f-title").getAttribute("value")).isEqualTo("Half-written poll");
    assertThat(browser.el("#f-option-0").getAttribute("value")).isEqualTo("Keep me");
    page("05-poll-form-draft");
  }

  @Test
  @Order(5)
  @DisplayName("the poll page shows votes as a chart and a table, and refreshes while active")
  void resultsChartAndTable() {
    long id = Long.parseLong(pollId);
    var votes = API.backends().votes(); // the app's own database
    votes.toggle(id, 81L, 0);
    votes.toggle(id, 82L, 0);
    votes.toggle(id, 83L, 1);
    publishVotesChanged(id);

    browser.open("/#/polls/" + pollId);
    browser.waitFor(d -> browser.el("#totals").getText().equals("3 votes from 3 voters."));
    assertThat(rows()).containsExactly(":polly: Pizza (leading) 2 67%", "Sushi 1 33%");
    assertThat(browser.all("#root .loading")).as("the loading placeholder is gone").isEmpty();
    assertThat(
            browser.all("#results-chart rect.bar").stream().map(b -> b.getAttribute("data-votes")))
        .containsExactly("2", "1");
    page("06-poll-page");

    // a vote cast while the page is open appears without a reload
    votes.toggle(id, 84L, 1);
    publishVotesChanged(id);
    browser.waitFor(d -> browser.el("#totals").getText().equals("4 votes from 4 voters."));
    assertThat(rows()).containsExactly(":polly: Pizza (leading) 2 50%", "Sushi (leading) 2 50%");
  }

  @Test
  @Order(6)
  @DisplayName(
      "an open poll's question changes from the dashboard; changing its options after votes says"
          + " why not")
  void editAnOpenPoll() {
    expectConsole("/api/polls/\\d+ - Failed to load resource: .* 409");
    browser.open("/#/polls/" + pollId);
    browser.h1("Lunch");
    browser.waitFor(d -> d.findElement(By.linkText("Edit"))).click();
    browser.h1("Edit open poll");
    assertThat(browser.el("#open-edit-note").getText())
        .contains("options only until the first vote");
    assertThat(browser.all("#f-channel")).as("fixed once open: not offered").isEmpty();
    assertThat(browser.all("#f-opens-now")).isEmpty();

    replaceText("#f-option-1", "Ramen");
    browser.el("#submit-poll").click();
    WebElement refused = browser.el(".notice.error[data-status='409']");
    assertThat(refused.getText()).contains("People have voted already");
    page("06b-edit-open-poll-refused");

    replaceText("#f-option-1", "Sushi");
    replaceText("#f-question", "Pizza or sushi on Friday?");
    browser.el("#submit-poll").click();
    browser.h1("Lunch");
    browser.waitFor(d -> d.getPageSource().contains("Pizza or sushi on Friday?"));
    assertThat(browser.el("#poll-status").getText()).isEqualTo("active");
    assertThat(fetchText("/api/polls/" + pollId)).contains("\"remind_before_minutes\":30");
  }

  @Test
  @Order(7)
  @DisplayName("a ranked poll is created from the form, and its page shows every runoff round")
  void rankedPollShowsItsRounds() {
    browser.open("/#/guilds/" + World.G1 + "/polls/new");
    browser.h1("New poll in Guild One");
    browser.el("#draft-restored button").click(); // the draft left by an earlier test
    browser.waitFor(d -> browser.all("#draft-restored").isEmpty());
    browser.el("#f-title").sendKeys("Team name");
    browser.el("#f-option-0").sendKeys("Owls");
    browser.el("#f-option-1").sendKeys("Foxes");
    browser.el("#add-option").click();
    browser.el("#f-option-2").sendKeys("Otters");
    new Select(browser.el("#f-channel")).selectByVisibleText("#polls");
    browser.el("#f-kind-ranked").click();
    assertThat(browser.all("#f-max-choices")).as("a ranked ballot has no pick limit").isEmpty();
    browser.el("#submit-poll").click();
    browser.h1("Team name");
    long id = Long.parseLong(browser.url().replaceAll(".*#/polls/(\\d+)$", "$1"));
    assertThat(browser.el("#poll-voting").getText()).contains("ranked (instant runoff)");

    BallotDao ballots = API.backends().jdbi().onDemand(BallotDao.class);
    int[][] rankings = {{0, 1}, {0, 2}, {1, 0}, {1, 2}, {2, 1}};
    for (int voter = 0; voter < rankings.length; voter++) {
      List<Integer> ranking = java.util.Arrays.stream(rankings[voter]).boxed().toList();
      ballots.submit(id, 90L + voter, new RankedBallot(ranking));
    }
    publishVotesChanged(id);
    browser.open("/#/polls/" + id);
    List<String> runoff = List.of("1 2 2 1 0 Otters", "2 2 3 – 0");
    browser.waitFor( // the page re-reads the results every few seconds while the poll is open
        d ->
            browser.all("#rounds-table tbody tr").stream()
                .map(r -> r.getText().replaceAll("\\s+", " ").trim())
                .toList()
                .equals(runoff));
    assertThat(browser.el("#totals").getText()).startsWith("5 ballots");
    assertThat(rows().get(1)).startsWith("Foxes (leading)");
    page("06c-ranked-poll-rounds");
    browser.open("/#/polls/" + pollId);
    browser.h1("Lunch");
  }

  @Test
  @Order(8)
  @DisplayName("closing asks for confirmation, and the exports download the poll as CSV and JSON")
  void closeAndExport() {
    browser.el("button.danger").getText(); // the page is ready
    clickButton("Close");
    assertThat(browser.el("[role=alertdialog]").getText()).contains("Close “Lunch” now?");
    browser.el("#confirm-yes").click();
    browser.waitFor(d -> browser.el("#poll-status").getText().equals("closed"));
    browser.waitFor(
        d -> rows().equals(List.of(":polly: Pizza (winner) 2 50%", "Sushi (winner) 2 50%")));

    String csv = fetchText("/api/polls/" + pollId + "/export.csv");
    assertThat(csv).contains("Pizza").contains("Sushi");
    String json = fetchText("/api/polls/" + pollId + "/export.json");
    assertThat(json).contains("\"format\":\"polly.poll.v1\"").contains("\"title\":\"Lunch\"");
    assertThat(browser.el("a[href$='/export.csv']").getAttribute("href"))
        .endsWith("/api/polls/" + pollId + "/export.csv");
    page("07-poll-closed");
  }

  @Test
  @Order(9)
  @DisplayName(
      "saving over someone else's edit (409) says so and offers a reload with their version")
  void conflictOffersReload() {
    expectConsole("/api/polls/\\d+ - Failed to load resource: .* 409");
    Map<?, ?> copy = fetchJson("POST", "/api/polls/" + pollId + "/duplicate", "{}");
    assertThat(((Number) copy.get("status")).intValue()).isEqualTo(201);
    String copyId = json((String) copy.get("text")).path("id").asText();
    browser.open("/#/polls/" + copyId + "/edit");
    browser.h1("Edit poll");
    browser.el("#f-title");

    // someone else saves the same poll in another tab first
    String mine = browser.driver().getWindowHandle();
    browser.driver().switchTo().newWindow(WindowType.TAB);
    browser.open("/#/polls/" + copyId + "/edit");
    browser.h1("Edit poll");
    replaceText("#f-title", "Team lunch");
    browser.el("#submit-poll").click();
    browser.h1("Team lunch");
    browser.driver().close();
    browser.driver().switchTo().window(mine);

    replaceText("#f-title", "Lunch, my way");
    browser.el("#submit-poll").click();
    WebElement notice = browser.el(".notice.error[data-status='409']");
    assertThat(notice.getText()).contains("Someone else changed this").contains("Reload");
    browser.waitFor(d -> notice.equals(d.switchTo().activeElement())); // seen, not above the fold
    page("11-poll-form-conflict");

    notice.findElement(By.tagName("button")).click();
    browser.h1("Edit poll");
    browser.waitFor(d -> "Team lunch".equals(browser.el("#f-title").getAttribute("value")));
    assertThat(browser.all("#draft-restored")).isEmpty();
  }

  @Test
  @Order(10)
  @DisplayName("a preference change is visible on the next load, and the last server is remembered")
  void preferenceVisibleOnNextLoad() {
    browser.open("/#/preferences");
    browser.h1("Preferences");
    WebElement zone = browser.el("#p-timezone");
    zone.clear();
    zone.sendKeys("Asia/Tokyo");
    browser.el("#save-prefs").click();
    browser.waitFor(d -> browser.el("#prefs-status").getText().contains("saved"));
    page("08-preferences");

    browser.driver().navigate().refresh();
    browser.h1("Preferences");
    LoadTimes.record(browser, "preferences page, reload (warm cache)");
    assertThat(browser.el("#p-timezone").getAttribute("value")).isEqualTo("Asia/Tokyo");
    browser.open("/#/polls/" + pollId);
    browser.h1("Lunch");
    assertThat(browser.el(".facts").getText()).contains("(Asia/Tokyo)");

    browser.open("/#/");
    browser.h1("Polls in Guild One");
  }

  @Test
  @Order(11)
  @DisplayName("at 360 px wide the list and the form fit without sideways scrolling")
  void narrowLayout() {
    browser.driver().manage().window().setSize(new Dimension(360, 800));
    try {
      browser.open("/#/guilds/" + G1 + "/polls");
      browser.el("#polls");
      assertFitsWidth();
      page("09-mobile-poll-list");
      browser.open("/#/guilds/" + G1 + "/polls/new");
      browser.el("#poll-form");
      assertFitsWidth();
      page("10-mobile-poll-form");
    } finally {
      browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  @Order(12)
  @DisplayName("every error the API can answer reads as a sentence, with the action that helps")
  void errorMessagesAreReadable() {
    expectConsole("/api/polls/abc - Failed to load resource: .* 400");
    Map<?, ?> shown = (Map<?, ?>) browser.jsAsync(ERROR_NOTICES);
    assertThat(shown.get("failed")).isNull();

    assertThat(notice(shown, 401)).contains("You are signed out").endsWith("[Sign in]");
    assertThat(notice(shown, 403)).contains("not allowed");
    assertThat(notice(shown, 404)).contains("could not be found");
    assertThat(notice(shown, 409)).contains("Someone else changed this").endsWith("[Reload]");
    assertThat(notice(shown, 413)).contains("too large");
    assertThat(notice(shown, 422)).contains("problem with what you entered");
    assertThat(notice(shown, 429)).contains("Too many requests").endsWith("[Try again]");
    assertThat(notice(shown, 503)).contains("having trouble").endsWith("[Try again]");
    assertThat(notice(shown, 0)).contains("could not be reached").endsWith("[Try again]");
    assertThat(notice(shown, 500)).contains("Something went wrong").endsWith("[Try again]");
    // a real answer: the API's own sentence, never its JSON
    assertThat(notice(shown, 400)).contains("poll id must be a positive id");
    assertThat(shown.values()).allSatisfy(text -> assertThat(text.toString()).doesNotContain("{"));
  }

  @Test
  @Order(13)
  @DisplayName("the API reference at /docs renders the OpenAPI document with Swagger UI")
  void apiReference() {
    browser.open("/docs");
    browser.waitFor(d -> d.findElements(By.cssSelector(".opblock")).size() > 20 ? true : null);
    assertThat(browser.el(".information-container .title").getText()).contains("Polly API");
    assertThat(browser.el("button.authorize").isDisplayed()).isTrue();
    assertThat(
            browser.all(".opblock-summary-path").stream()
                .map(p -> p.getText().replace("\u200b", "")))
        .contains("/api/polls", "/auth/logout-all");
    String csp =
        (String)
            browser.jsAsync(
                "const done = arguments[arguments.length - 1];"
                    + "fetch('/docs').then(r => done(r.headers.get('content-security-policy')));");
    assertThat(csp).startsWith("default-src 'self';").doesNotContain("unsafe");
    browser.screenshot("12-api-reference");
  }

  @Test
  @Order(14)
  @DisplayName(
      "Sign out everywhere also ends the user's other sessions (here: an API Bearer token)")
  void signOutEverywhere() {
    expectConsole(SIGNED_OUT_PROBE);
    Http http = new Http("http://127.0.0.1:" + PORT);
    String bearer = Login.as(http, ALICE);
    assertThat(http.get("/api/me", bearer).status()).isEqualTo(200);

    browser.open("/#/preferences");
    browser.h1("Preferences");
    browser.el("#sign-out-everywhere").click();
    browser.h1("Polls for your Discord server");

    assertThat(http.get("/api/me", bearer).status()).isEqualTo(401);
    assertThat(fetchStatus("/api/me")).isEqualTo(401);

    API.discord().authorizeAs(ALICE); // back in, for the last test
    browser.el("#sign-in").click();
    browser.h1("Polls in Guild One"); // the remembered server
    assertThat(browser.el("#whoami").getText()).isEqualTo("alice");
  }

  @Test
  @Order(15)
  @DisplayName("a session ended elsewhere (401) sends the browser back to the sign-in page")
  void endedElsewhereBackToSignIn() {
    expectConsole(SIGNED_OUT_PROBE);
    expectConsole("/api/guilds - Failed to load resource: .* 401");
    Http http = new Http("http://127.0.0.1:" + PORT);
    String bearer = Login.as(http, ALICE);
    Http.Resp out =
        http.send(
            http.request("/auth/logout-all", bearer)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(out.status()).isEqualTo(204);

    browser.el("a[href='#/servers']").click(); // the next call answers 401
    browser.h1("Polls for your Discord server");
    assertThat(browser.el("#sign-in").isDisplayed()).isTrue();

    API.discord().authorizeAs(ALICE); // back in, for the last test
    browser.el("#sign-in").click();
    browser.h1("Polls in Guild One");
  }

  @Test
  @Order(16)
  @DisplayName("Sign out ends the session and goes back to the signed-out page")
  void signOut() {
    expectConsole(SIGNED_OUT_PROBE);
    browser.open("/#/preferences");
    browser.el("#sign-out").click();
    browser.h1("Polls for your Discord server");
    browser.open("/#/preferences");
    browser.h1("Polls for your Discord server");
    assertThat(fetchStatus("/api/me")).isEqualTo(401);
  }

  /** Renders the dashboard's error notice for every status in the page; text plus [buttons]. */
  private static final String ERROR_NOTICES =
      """
      const done = arguments[arguments.length - 1];
      Promise.all([import('/app/api.js'), import('/app/ui.js'), import('preact')])
        .then(async ([api, ui, preact]) => {
          const show = (error) => {
            const box = document.createElement('div');
            preact.render(preact.h(ui.ErrorNotice, { error, onRetry: () => {} }), box);
            const actions = [...box.querySelectorAll('button, a')].map((b) => '[' + b.textContent + ']');
            return box.querySelector('p').textContent + ' ' + actions.join(' ');
          };
          const out = {};
          for (const status of [0, 401, 403, 404, 409, 413, 422, 429, 500, 503]) {
            out[status] = show(new api.ApiError(status, 'code', 'What the API said.'));
          }
          out[400] = await api.get('/api/polls/abc').then(() => 'no error', (e) => show(e));
          done(out);
        })
        .catch((e) => done({ failed: String(e) }));
      """;

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  private static String notice(Map<?, ?> shown, int status) {
    return String.valueOf(shown.get(Integer.toString(status))).trim();
  }

  private static void replaceText(String css, String text) {
    WebElement input = browser.el(css);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    input.sendKeys(text);
  }

  /** Sends a same-origin request with the browser's session; answers {status, text}. */
  private static Map<?, ?> fetchJson(String method, String path, String body) {
    return (Map<?, ?>)
        browser.jsAsync(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {method: arguments[1], credentials: 'same-origin',"
                + " headers: {'Content-Type': 'application/json'}, body: arguments[2]})"
                + ".then(r => r.text().then(t => done({status: r.status, text: t})));",
            path,
            method,
            body);
  }

  private static void assertFitsWidth() {
    Number scroll = (Number) browser.js("return document.documentElement.scrollWidth");
    Number client = (Number) browser.js("return document.documentElement.clientWidth");
    assertThat(scroll.intValue()).isLessThanOrEqualTo(client.intValue());
  }

  private static List<String> rows() {
    return browser.all("#results-table tbody tr").stream()
        .map(r -> r.getText().replaceAll("\\s+", " ").trim())
        .toList();
  }

  private static void clickButton(String text) {
    browser
        .waitFor(
            d ->
                d.findElements(By.tagName("button")).stream()
                    .filter(b -> b.getText().equals(text))
                    .findFirst()
                    .orElse(null))
        .click();
  }

  private static void publishVotesChanged(long id) {
    ((PollyApiApplication) API.app().getApplication())
        .backends()
        .events()
        .publish(new VotesChanged(id));
  }

  /** GETs a same-origin URL with the browser's own session cookie. */
  private static String fetchText(String path) {
    return (String)
        browser.jsAsync(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done);",
            path);
  }

  private static int fetchStatus(String path) {
    return ((Number)
            browser.jsAsync(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status));",
                path))
        .intValue();
  }
}
