package dev.polly.common.arch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.PackageGraph;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The packages of polly-common form layers: {@code redis} (connection plumbing) below {@code cache}
 * and {@code events}, with {@code config} wiring them together on top, and no two packages using
 * each other in a circle.
 */
class PackageDependenciesTest {
  private static final PackageGraph MAIN =
      PackageGraph.scan(Path.of("src", "main", "java"), "dev.polly.common");

  @Test
  @DisplayName("no two packages of polly-common depend on each other, directly or in a circle")
  void hasNoPackageCycles() {
    assertThat(MAIN.cycles()).isEmpty();
  }

  @Test
  @DisplayName("the redis plumbing depends on neither the cache regions, the events nor config")
  void redisIsBelowCacheEventsAndConfig() {
    assertThat(MAIN.uses("redis")).doesNotContain("cache", "events", "config");
    assertThat(MAIN.uses("cache")).contains("redis");
    assertThat(MAIN.uses("events")).contains("redis");
  }

  @Test
  @DisplayName("the cycle finder reports a circle of three packages with the files behind it")
  void findsACycle() {
    PackageGraph graph = new PackageGraph();
    graph.add("a", "b", "a/A.java");
    graph.add("b", "c", "b/B.java");
    graph.add("c", "a", "c/C.java");
    graph.add("c", "d", "c/C.java");

    assertThat(graph.cycles())
        .singleElement()
        .asString()
        .startsWith("[a, b, c]:")
        .contains("c->a [c/C.java]")
        .doesNotContain("d");
  }
}
