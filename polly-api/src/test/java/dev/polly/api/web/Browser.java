package dev.polly.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven through Debian's chromedriver (never a downloaded one), with
 * a fresh profile, the browser console captured, screenshots and axe-core checks. A missing
 * chromium or chromedriver fails at once with what to install.
 */
final class Browser implements AutoCloseable {
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final String CHROMIUM = "/usr/bin/chromium";
  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

  private final ChromeDriver driver;
  private final Path profile;
  private final Path screenshots;
  private final String base;

  Browser(String base, Path screenshots) {
    for (String exe : List.of(CHROMEDRIVER, CHROMIUM)) {
      if (!new File(exe).canExecute()) {
        throw new IllegalStateException(
            exe + " is missing: install Debian's chromium and chromium-driver (.ci/run does)");
      }
    }
    try {
      this.profile = Files.createTempDirectory("polly-chromium-");
      Files.createDirectories(screenshots);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    this.screenshots = screenshots;
    this.base = base;
  }

  WebDriver driver() {
    return driver;
  }

  void open(String pathAndHash) {
    driver.get(base + pathAndHash);
  }

  String url() {
    return driver.getCurrentUrl();
  }

  <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  WebElement el(String css) {
    return waitFor(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  WebElement h1(String text) {
    return waitFor(
        d ->
            d.findElements(By.tagName("h1")).stream()
                .filter(h -> h.getText().contains(text))
                .findFirst()
                .orElse(null));
  }

  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** Runs an async script (its last argument is the callback) and returns what it passed. */
  Object jsAsync(String script, Object... args) {
    return driver.executeAsyncScript(script, args);
  }

  void screenshot(String name) {
    try {
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** No serious or critical WCAG 2.1 A/AA violation on the current page. */
  void assertAccessible(String page) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    List<String> blocking =
        results.getViolations().stream()
            .filter(r -> BLOCKING_IMPACTS.contains(r.getImpact()))
            .map(Browser::describe)
            .toList();
    assertThat(blocking).as("axe-core violations on " + page).isEmpty();
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
  }

  /**
   * The console since the last call has no SEVERE entry, except a network line for an API answer
   * the dashboard handles on purpose (matched by one of {@code expected}, e.g. a 401 from {@code
   * /api/me} while signed out): Chromium logs every 4xx fetch as an error.
   */
  void assertNoConsoleErrors(List<Pattern> expected) {
    List<String> severe =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .filter(m -> expected.stream().noneMatch(p -> p.matcher(m).find()))
            .toList();
    assertThat(severe).as("browser console errors").isEmpty();
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temp profile is harmless
    }
  }
}
