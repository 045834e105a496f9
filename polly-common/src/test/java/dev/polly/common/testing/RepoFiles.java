package dev.polly.common.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates files of the repository from a module's tests: Surefire runs each module in its own
 * directory, so the root is found by walking up to the directory that holds {@code
 * docker/docker-compose.yml}.
 */
public final class RepoFiles {

  private RepoFiles() {}

  /** The repository root. */
  public static Path root() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("docker/docker-compose.yml"))
          && Files.isRegularFile(d.resolve("pom.xml"))) {
        return d;
      }
    }
    throw new IllegalStateException(
        "no repository root with docker/docker-compose.yml above " + dir);
  }

  /** {@code docker/...} under the root. */
  public static Path docker(String relative) {
    return root().resolve("docker").resolve(relative);
  }
}
