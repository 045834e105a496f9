package dev.polly.bot.arch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.PackageGraph;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The packages of polly-bot use each other in one direction only: the features on top of the
 * Discord plumbing ({@code discord}) and the rendering, with no two packages in a circle.
 */
class BotPackageDependenciesTest {
  private static final PackageGraph MAIN =
      PackageGraph.scan(Path.of("src", "main", "java"), "dev.polly.bot");

  @Test
  @DisplayName("no two packages of polly-bot depend on each other, directly or in a circle")
  void hasNoPackageCycles() {
    assertThat(MAIN.cycles()).isEmpty();
  }

  @Test
  @DisplayName("no two features of polly-bot depend on each other in a circle")
  void featuresHaveNoCycles() {
    PackageGraph features =
        PackageGraph.scan(Path.of("src", "main", "java"), "dev.polly.bot.features");
    assertThat(features.cycles()).isEmpty();
  }
}
