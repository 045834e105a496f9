package dev.polly.common.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw text of a configuration file, before variable substitution, so that an error about a
 * field path such as {@code redis.port} can name the line it is on and the environment variables
 * that line reads ({@code ${REDIS_PORT:-6379}}). A locator for the simple block YAML that {@code
 * config.yml} uses, not a YAML parser: list indices in a path are skipped, and a key is looked up
 * in the block of its parent.
 */
final class ConfigSource {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?::-[^}]*)?}");

  private final String fileName;
  private final List<String> lines;

  private ConfigSource(String fileName, List<String> lines) {
    this.fileName = fileName;
    this.lines = lines;
  }

  /** The file's lines; an unreadable file gives a source that locates nothing. */
  static ConfigSource read(String path) {
    Path file = Path.of(path);
    String name = file.getFileName() == null ? path : file.getFileName().toString();
    try {
      return new ConfigSource(name, Files.readAllLines(file));
    } catch (IOException | RuntimeException e) {
      return new ConfigSource(name, List.of());
    }
  }

  String fileName() {
    return fileName;
  }

  /** The 1-based line of {@code path} (dotted, with optional {@code [n]} indices), if found. */
  OptionalInt lineOf(String path) {
    int from = 0;
    int parentIndent = -1;
    int found = -1;
    for (String segment : path.replaceAll("\\[\\d+]", "").split("\\.")) {
      if (segment.isEmpty()) {
        continue;
      }
      found = find(segment, from, parentIndent);
      if (found < 0) {
        return OptionalInt.empty();
      }
      parentIndent = indent(lines.get(found));
      from = found + 1;
    }
    return found < 0 ? OptionalInt.empty() : OptionalInt.of(found + 1);
  }

  /** The variables read on a 1-based line with their current values (absent when unset). */
  List<Map.Entry<String, Optional<String>>> variablesOn(int line, Map<String, String> env) {
    List<Map.Entry<String, Optional<String>>> variables = new ArrayList<>();
    Matcher matcher = VARIABLE.matcher(lines.get(line - 1));
    while (matcher.find()) {
      String name = matcher.group(1);
      variables.add(Map.entry(name, Optional.ofNullable(env.get(name))));
    }
    return variables;
  }

  private int find(String key, int from, int parentIndent) {
    Pattern keyLine = Pattern.compile("^\\s*(?:-\\s+)?" + Pattern.quote(key) + "\\s*:.*");
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      if (indent(line) <= parentIndent) {
        return -1;
      }
      if (keyLine.matcher(line).matches()) {
        return i;
      }
    }
    return -1;
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '-')) {
      n++;
    }
    return n;
  }
}
