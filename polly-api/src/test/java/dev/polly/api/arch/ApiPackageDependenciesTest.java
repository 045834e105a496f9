package dev.polly.api.arch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.PackageGraph;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The packages of polly-api form layers: {@code resources} on top, {@code requests} (reading
 * request bodies into domain values) below them, the services of {@code core} below that, and
 * {@code auth} (sessions, login, the request filter) beside {@code core}, with no two packages
 * using each other in a circle.
 */
class ApiPackageDependenciesTest {
  private static final PackageGraph MAIN =
      PackageGraph.scan(Path.of("src", "main", "java"), "dev.polly.api");

  @Test
  @DisplayName("no two packages of polly-api depend on each other, directly or in a circle")
  void hasNoPackageCycles() {
    assertThat(MAIN.cycles()).isEmpty();
  }

  @Test
  @DisplayName("session and login code needs nothing from the poll services, nor they from it")
  void authAndCoreAreIndependent() {
    assertThat(MAIN.uses("auth")).doesNotContain("core", "resources");
    assertThat(MAIN.uses("core")).doesNotContain("auth", "resources");
  }

  @Test
  @DisplayName("the poll services take domain values: they never read the API's request bodies")
  void coreDoesNotReadRequests() {
    assertThat(MAIN.uses("core")).doesNotContain("requests");
    assertThat(MAIN.uses("requests")).doesNotContain("resources");
  }
}
