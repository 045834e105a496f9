package dev.polly.common.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.testing.RepoFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every file of the repository stands on its own: no comment, document or script sends the reader
 * to a document that is not in the repository (a design or stack document, a section sign reference
 * into one, an operations README that was folded into README.md), or speaks of who asked for what
 * instead of stating the fact or the bar. The phrases are written as patterns that do not match
 * this file's own text.
 *
 * <p>Skipped: build output and local state ({@code target/}, {@code .polly/}, IDE folders, {@code
 * .git}), the operator's {@code docker/.env} and binary files. Migrations are scanned too (V1 and
 * V3 were reworded; SchemaMigrator realigns their released checksums).
 */
class SelfContainedDocsTest {
  private static final Map<String, Pattern> PHRASES =
      Map.of(
          "a design document", Pattern.compile("\\bDESIG[N]\\b"),
          "a stack document", Pattern.compile("\\bSTAC[K]\\.md"),
          "a style document", Pattern.compile("\\bSTYL[E]\\.md"),
          "the old operations README", Pattern.compile("READM[E]-ops"),
          "a section sign", Pattern.compile("\u00a7"),
          "who leads the work", Pattern.compile("(?i)\\bthe lea[d]\\b"),
          "who helped", Pattern.compile("\\b[Hh]elpe[r]s?\\b"),
          "who asked", Pattern.compile("(?i)\\brequeste[d] from\\b"),
          "a folder outside the repository", Pattern.compile("\\.\\./share[d]"));

  private static final Set<String> SKIPPED_DIRECTORIES =
      Set.of(".git", "target", ".polly", ".idea", ".vscode", "node_modules");

  @Test
  void noFileSendsTheReaderElsewhereOrNamesWhoAskedForWhat() throws IOException {
    Path root = RepoFiles.root();
    List<String> findings = new ArrayList<>();
    for (Path file : files(root)) {
      String text = Files.readString(file, StandardCharsets.ISO_8859_1);
      if (text.indexOf('\0') >= 0) {
        continue; // binary
      }
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (Map.Entry<String, Pattern> phrase : PHRASES.entrySet()) {
          Matcher m = phrase.getValue().matcher(lines[i]);
          if (m.find()) {
            findings.add(
                root.relativize(file)
                    + ":"
                    + (i + 1)
                    + " names "
                    + phrase.getKey()
                    + ": "
                    + lines[i].strip());
          }
        }
      }
    }

    assertThat(findings).isEmpty();
  }

  @Test
  void theCheckFindsWhatItLooksFor() {
    String sample =
        "see DESI" + "GN \u00a7" + "10; requested" + " from the" + " lead by a help" + "er";

    assertThat(PHRASES.values().stream().filter(p -> p.matcher(sample).find()).count())
        .isEqualTo(5);
  }

  private static List<Path> files(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            boolean skipped =
                name.equals(".git")
                    || root.relativize(file).toString().equals("docker/.env")
                    || attrs.size() > 5_000_000;
            if (attrs.isRegularFile() && !skipped) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return files;
  }
}
