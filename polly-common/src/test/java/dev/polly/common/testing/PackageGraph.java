package dev.polly.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The dependencies between the top-level packages under one root package (for {@code
 * dev.polly.common}: {@code cache}, {@code redis}, ...), read from the source: imports and fully
 * qualified names in code (comments are ignored). Sub-packages count as their top-level package.
 */
public final class PackageGraph {
  private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");

  /** Package to the packages it uses, each with the files that use it. */
  private final Map<String, Map<String, Set<String>>> edges = new TreeMap<>();

  /** The graph of the {@code .java} files under {@code sourceRoot} for {@code rootPackage}. */
  public static PackageGraph scan(Path sourceRoot, String rootPackage) {
    PackageGraph graph = new PackageGraph();
    Path base = sourceRoot.resolve(rootPackage.replace('.', '/'));
    Pattern reference = Pattern.compile(Pattern.quote(rootPackage + ".") + "([a-z][a-z0-9_]*)\\.");
    try (Stream<Path> files = Files.walk(base)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = base.relativize(file);
        if (relative.getNameCount() < 2) {
          continue; // a class directly in the root package belongs to no sub-package
        }
        String from = relative.getName(0).toString();
        String code =
            LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(read(file)).replaceAll("")).replaceAll("");
        Matcher m = reference.matcher(code);
        while (m.find()) {
          graph.add(from, m.group(1), relative.toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return graph;
  }

  /** Records that {@code file} in package {@code from} uses package {@code to}. */
  public void add(String from, String to, String file) {
    edges.computeIfAbsent(to, k -> new TreeMap<>());
    if (!from.equals(to)) {
      edges
          .computeIfAbsent(from, k -> new TreeMap<>())
          .computeIfAbsent(to, k -> new TreeSet<>())
          .add(file);
    }
  }

  /** The packages {@code from} uses directly. */
  public Set<String> uses(String from) {
    return edges.getOrDefault(from, Map.of()).keySet();
  }

  /**
   * Every group of packages that use each other in a circle (strongly connected components of more
   * than one package), each described as its edges with the files behind them.
   */
  public List<String> cycles() {
    List<String> found = new ArrayList<>();
    for (Set<String> component : new Tarjan().components()) {
      if (component.size() > 1) {
        StringBuilder text = new StringBuilder(component.toString()).append(':');
        for (String from : component) {
          edges
              .get(from)
              .forEach(
                  (to, files) -> {
                    if (component.contains(to)) {
                      text.append(' ')
                          .append(from)
                          .append("->")
                          .append(to)
                          .append(' ')
                          .append(files);
                    }
                  });
        }
        found.add(text.toString());
      }
    }
    return found;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tarjan's strongly connected components over {@link #edges}. */
  private final class Tarjan {
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new TreeSet<>();
    private final List<Set<String>> result = new ArrayList<>();

    List<Set<String>> components() {
      for (String node : edges.keySet()) {
        if (!index.containsKey(node)) {
          visit(node);
        }
      }
      return result;
    }

    private void visit(String node) {
      index.put(node, index.size());
      low.put(node, index.get(node));
      stack.push(node);
      onStack.add(node);
      for (String next : edges.get(node).keySet()) {
        if (!index.containsKey(next)) {
          visit(next);
          low.put(node, Math.min(low.get(node), low.get(next)));
        } else if (onStack.contains(next)) {
          low.put(node, Math.min(low.get(node), index.get(next)));
        }
      }
      if (low.get(node).equals(index.get(node))) {
        Set<String> component = new TreeSet<>();
        String member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(node));
        result.add(component);
      }
    }
  }
}
