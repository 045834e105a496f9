package dev.polly.api.web;

import static dev.polly.api.support.World.ALICE;
import static dev.polly.api.support.World.G1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.ApiConfiguration;
import dev.polly.api.PollyApiApplication;
import dev.polly.api.support.ApiApp;
import dev.polly.api.support.FakeDiscord;
import dev.polly.api.support.World;
import dev.polly.common.events.VotesChanged;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard's flows in real Chromium against the real API (PostgreSQL, Redis, fake Discord):
 * one API and one browser for the whole suite, run in order as one user's journey. Every page is
 * checked with axe-core and screenshotted into {@code target/screenshots/}, and the console must
 * stay free of errors.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {
  static final FakeDiscord DISCORD = World.start();
  static final int PORT = DashboardApp.freePort();
  static final DropwizardAppExtension<ApiConfiguration> APP = DashboardApp.create(DISCORD, PORT);

  /**
   * 4xx answers the dashboard handles by design (and the 422 this suite provokes); Chromium logs
   * each failed fetch as a console error. Anything else in the console fails the test.
   */
  static final List<Pattern> HANDLED =
      List.of(
          Pattern.compile("/api/polls - Failed to load resource: .* 422"),
          Pattern.compile("/api/me(/preferences)? - Failed to load resource: .* 401"),
          Pattern.compile("/api/drafts/[a-z0-9-]+ - Failed to load resource: .* 404"),
          Pattern.compile("/auth/options - Failed to load resource: .* 404"));

  static Browser browser;
  static String pollId;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser("http://127.0.0.1:" + PORT, Path.of("target", "screenshots"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    DISCORD.close();
  }

  @AfterEach
  void consoleStaysClean() {
    browser.assertNoConsoleErrors(HANDLED);
  }

  private static void page(String name) {
    browser.assertAccessible(name);
    browser.screenshot(name);
  }

  @Test
  @Order(1)
  @DisplayName("signed out, the page says what Polly is and offers Sign in with Discord")
  void signedOutPage() {
    browser.open("/");
    browser.h1("Polls for your Discord server");
    assertThat(browser.el("#sign-in").getAttribute("href")).endsWith("/auth/login");
    page("01-signed-out");
  }

  @Test
  @Order(2)
  @DisplayName("Sign in with Discord goes through the authorize page and lands on the servers")
  void signInAndPickAServer() {
    DISCORD.authorizeAs(ALICE);
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
    browser.el("#f-title").sendKeys(Keys.ENTER); // submitted from the keyboard

    browser.h1("Lunch");
    pollId = browser.url().replaceAll(".*#/polls/(\\d+)$", "$1");
    assertThat(pollId).matches("\\d+");
    assertThat(browser.el("#poll-status").getText()).isEqualTo("active");
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
    var votes = ApiApp.backends(APP).votes(); // the app's own database
    votes.toggle(id, 81L, 0);
    votes.toggle(id, 82L, 0);
    votes.toggle(id, 83L, 1);
    publishVotesChanged(id);

    browser.open("/#/polls/" + pollId);
    browser.waitFor(d -> browser.el("#totals").getText().equals("3 votes from 3 voters."));
    assertThat(rows()).containsExactly("<:polly:700> Pizza (winner) 2 67%", "Sushi 1 33%");
    assertThat(
            browser.all("#results-chart rect.bar").stream().map(b -> b.getAttribute("data-votes")))
        .containsExactly("2", "1");
    page("06-poll-page");

    // a vote cast while the page is open appears without a reload
    votes.toggle(id, 84L, 1);
    publishVotesChanged(id);
    browser.waitFor(d -> browser.el("#totals").getText().equals("4 votes from 4 voters."));
    assertThat(rows()).containsExactly("<:polly:700> Pizza (winner) 2 50%", "Sushi (winner) 2 50%");
  }

  @Test
  @Order(6)
  @DisplayName("closing asks for confirmation, and the exports download the poll as CSV and JSON")
  void closeAndExport() {
    browser.el("button.danger").getText(); // the page is ready
    clickButton("Close");
    assertThat(browser.el("[role=alertdialog]").getText()).contains("Close “Lunch” now?");
    browser.el("#confirm-yes").click();
    browser.waitFor(d -> browser.el("#poll-status").getText().equals("closed"));

    String csv = fetchText("/api/polls/" + pollId + "/export.csv");
    assertThat(csv).contains("Pizza").contains("Sushi");
    String json = fetchText("/api/polls/" + pollId + "/export.json");
    assertThat(json).contains("\"format\":\"polly.poll.v1\"").contains("\"title\":\"Lunch\"");
    assertThat(browser.el("a[href$='/export.csv']").getAttribute("href"))
        .endsWith("/api/polls/" + pollId + "/export.csv");
    page("07-poll-closed");
  }

  @Test
  @Order(7)
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
    assertThat(browser.el("#p-timezone").getAttribute("value")).isEqualTo("Asia/Tokyo");
    browser.open("/#/polls/" + pollId);
    browser.h1("Lunch");
    assertThat(browser.el(".facts").getText()).contains("(Asia/Tokyo)");

    browser.open("/#/");
    browser.h1("Polls in Guild One");
  }

  @Test
  @Order(8)
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
  @Order(9)
  @DisplayName("Sign out ends the session and goes back to the signed-out page")
  void signOut() {
    browser.open("/#/preferences");
    browser.el("#sign-out").click();
    browser.h1("Polls for your Discord server");
    browser.open("/#/preferences");
    browser.h1("Polls for your Discord server");
    assertThat(fetchStatus("/api/me")).isEqualTo(401);
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
    ((PollyApiApplication) APP.getApplication()).backends().events().publish(new VotesChanged(id));
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
