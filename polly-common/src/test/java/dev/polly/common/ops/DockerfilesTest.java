package dev.polly.common.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.RepoFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two images: Maven build stage, Java 17 JRE runtime, non-root user, a HEALTHCHECK on the port
 * config.yml gives the process (the API's {@code /health}, which stays 200 when degraded; the bot's
 * admin {@code /healthcheck}), and a build that sees every module of the parent POM.
 */
class DockerfilesTest {

  /** The modules of the default build: the first {@code <modules>}, not those of a profile. */
  private static List<String> modules() throws IOException {
    String pom = Files.readString(RepoFiles.root().resolve("pom.xml"));
    String defaults = pom.substring(pom.indexOf("<modules>"), pom.indexOf("</modules>"));
    List<String> modules = new ArrayList<>();
    Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(defaults);
    while (m.find()) {
      modules.add(m.group(1));
    }
    return modules;
  }

  @ParameterizedTest
  @CsvSource({
    "polly-api, API_PORT, 8080, /health",
    "polly-bot, BOT_ADMIN_PORT, 8082, /healthcheck"
  })
  void buildsWithMavenAndRunsOnAJre17AsANonRootUserWithAHealthcheck(
      String module, String portVariable, String port, String healthPath) throws IOException {
    String dockerfile = Files.readString(RepoFiles.docker(module + ".Dockerfile"));
    String runtime = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));

    assertThat(dockerfile).containsPattern("(?m)^FROM maven:[^ ]*eclipse-temurin-17 AS build$");
    assertThat(dockerfile).contains("-pl " + module + " -am package");
    assertThat(runtime).startsWith("\nFROM eclipse-temurin:17-jre\n");
    assertThat(runtime).containsPattern("(?m)^USER polly$").doesNotContain("USER root");
    assertThat(runtime).containsPattern("(?m)^(ENV|  ) +" + portVariable + "=" + port + " ");
    assertThat(runtime)
        .containsPattern(
            "HEALTHCHECK[^\\n]*\\n\\s*CMD curl -fsS[^\\n]*\\$\\{"
                + portVariable
                + "}"
                + healthPath
                + "\"");
    assertThat(runtime).contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/" + module + ".jar\"]");
    assertThat(Files.readString(RepoFiles.root().resolve("config.yml")))
        .contains("${" + portVariable + ":-" + port + "}");
  }

  @ParameterizedTest
  @CsvSource({"polly-api", "polly-bot"})
  void copiesEveryModulePomSoTheReactorResolvesAndIgnoresBuildOutput(String module)
      throws IOException {
    String dockerfile = Files.readString(RepoFiles.docker(module + ".Dockerfile"));
    String ignore = Files.readString(RepoFiles.docker(module + ".Dockerfile.dockerignore"));

    assertThat(modules()).contains(module, "polly-common");
    for (String m : modules()) {
      assertThat(dockerfile).contains("COPY " + m + "/pom.xml " + m + "/");
      assertThat(ignore).contains("!" + m + "/pom.xml");
    }
    assertThat(dockerfile).contains("COPY polly-common/src", "COPY " + module + "/src");
    assertThat(ignore).contains("!" + module + "/src", "!polly-common/src", "**/target");
  }
}
