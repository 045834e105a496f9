package dev.polly.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.api.demo.DemoGuild;
import dev.polly.api.support.FakeDiscord;
import dev.polly.api.support.RunningApi;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Demo mode in real Chromium, as a person trying Polly without a Discord application would use it:
 * the URL the API prints ({@code http://127.0.0.1:<port>/}), "Continue as demo user", the seeded
 * demo server with its polls and votes, and a new poll. Nothing reaches Discord.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoBrowserIT {
  static final int PORT = DashboardApp.freePort();

  @RegisterExtension
  static final RunningApi API =
      RunningApi.of(FakeDiscord::empty, d -> DashboardApp.createDemo(d, PORT));

  static final String GUILD = Long.toString(DemoGuild.GUILD_ID);

  /** Before "Continue as demo user" the dashboard's first call finds no session (401). */
  static final List<Pattern> SIGNED_OUT_PROBE =
      List.of(Pattern.compile("/api/me(/preferences)? - Failed to load resource: .* 401"));

  /** Looking for a saved draft of the new-poll form answers 404 while there is none. */
  static final List<Pattern> NO_DRAFT_YET =
      List.of(Pattern.compile("/api/drafts/[a-z0-9-]+ - Failed to load resource: .* 404"));

  static Browser browser;

  @RegisterExtension static final FailureScreenshot FAILURES = new FailureScreenshot(() -> browser);

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
  void nothingSentToDiscord() {
    assertThat(API.discord().totalHits()).isZero();
  }

  @Test
  @Order(1)
  @DisplayName("the demo offers Continue as demo user, and no Discord sign-in")
  void signedOutOffersTheDemo() {
    browser.open("/");
    browser.h1("Polls for your Discord server");
    LoadTimes.record(browser, "demo mode, signed-out page, first load (cold cache)");
    assertThat(browser.el("#demo-sign-in").getText()).isEqualTo("Continue as demo user");
    assertThat(browser.all("#sign-in")).isEmpty();
    browser.assertAccessible("demo-01-signed-out");
    browser.screenshot("demo-01-signed-out");
    browser.assertNoConsoleErrors(SIGNED_OUT_PROBE);
  }

  @Test
  @Order(2)
  @DisplayName(
      "Continue as demo user signs in over plain http://127.0.0.1 and lists the demo server")
  void continueAsDemoUser() {
    browser.el("#demo-sign-in").click();
    browser.h1("Your servers");
    assertThat(browser.el("#whoami").getText()).isEqualTo(DemoGuild.USER_NAME);
    WebElement card = browser.el("li[data-guild='" + GUILD + "']");
    assertThat(card.getText()).contains(DemoGuild.GUILD_NAME);
    browser.assertAccessible("demo-02-servers");
    browser.screenshot("demo-02-servers");

    card.findElement(By.cssSelector("a[href='#/guilds/" + GUILD + "/polls']")).click();
    browser.h1("Polls in " + DemoGuild.GUILD_NAME);
    assertThat(browser.el("#polls").getText())
        .contains(
            "Team lunch",
            "Anonymous feedback",
            "New server icon",
            "Club mascot",
            "Next movie night");
    browser.screenshot("demo-03-poll-list");
    browser.assertNoConsoleErrors(List.of());
  }

  @Test
  @Order(3)
  @DisplayName("a seeded poll shows its votes as a chart and a table")
  void seededResults() {
    browser.all("#polls a").stream()
        .filter(a -> a.getText().equals("Team lunch"))
        .findFirst()
        .orElseThrow()
        .click();
    browser.h1("Team lunch");
    browser.waitFor(d -> browser.el("#totals").getText().equals("16 votes from 16 voters."));
    assertThat(browser.all("#results-table tbody tr").get(0).getText()).contains("Pizza", "7");
    assertThat(browser.all("#results-chart rect.bar")).hasSize(4);
    browser.assertAccessible("demo-04-poll-page");
    browser.screenshot("demo-04-poll-page");
    browser.assertNoConsoleErrors(List.of());
  }

  @Test
  @Order(4)
  @DisplayName("the demo user creates a poll in a demo channel")
  void createPoll() {
    browser.open("/#/guilds/" + GUILD + "/polls/new");
    browser.h1("New poll in " + DemoGuild.GUILD_NAME);
    browser.el("#f-title").sendKeys("Demo works?");
    browser.el("#f-option-0").sendKeys("Yes");
    browser.el("#f-option-1").sendKeys("Of course");
    Select channel = new Select(browser.el("#f-channel"));
    assertThat(channel.getOptions().stream().map(WebElement::getText))
        .contains("#general", "#polls")
        .doesNotContain("#staff-only", "#rules");
    channel.selectByVisibleText("#polls");
    browser.el("#submit-poll").click();

    browser.h1("Demo works?");
    assertThat(browser.el("#poll-status").getText()).isEqualTo("active");
    browser.screenshot("demo-05-created");
    browser.assertNoConsoleErrors(NO_DRAFT_YET);
  }

  @Test
  @Order(5)
  @DisplayName("/auth/login in demo mode leads back to the dashboard, not to Discord")
  void loginLeadsToTheDashboard() {
    browser.open("/auth/login");
    browser.h1("Polls in " + DemoGuild.GUILD_NAME); // "#/" opens the server used last
    assertThat(browser.url()).startsWith("http://127.0.0.1:" + PORT + "/#/guilds/");
    assertThat(browser.el("#whoami").getText()).isEqualTo(DemoGuild.USER_NAME);
    browser.assertNoConsoleErrors(List.of());
  }
}
