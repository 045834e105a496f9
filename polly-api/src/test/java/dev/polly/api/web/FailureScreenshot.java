package dev.polly.api.web;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Saves {@code failed-<test method>.png} next to the page screenshots when a browser test fails, so
 * the page the assertion saw can be looked at after the run.
 */
final class FailureScreenshot implements TestWatcher {
  private final Supplier<Browser> browser;

  FailureScreenshot(Supplier<Browser> browser) {
    this.browser = browser;
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    Browser b = browser.get();
    if (b != null) {
      try {
        b.screenshot("failed-" + context.getRequiredTestMethod().getName());
      } catch (RuntimeException e) {
        cause.addSuppressed(e);
      }
    }
  }
}
