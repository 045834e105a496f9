package dev.polly.common.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks that what dashboards and alert rules query exists in a process's live {@code /prometheus}
 * output: every metric name (or, for a {@code {__name__=~"..."}} selector, at least one metric it
 * matches), every label a matcher or a {@code label_values} variable names, and for matchers
 * without Grafana variables, that some series has a matching value ({@code result="hit"}, {@code
 * quantile=~"0.5|0.95"}). Labels that Prometheus adds when it scrapes ({@code job}, {@code
 * instance}, and the {@code service} label of {@code docker/prometheus.yml}) are not in the scraped
 * text and are skipped. Returns problems as readable lines; an empty list means the charts are
 * real.
 */
public final class DashboardMetrics {

  /** Labels attached by Prometheus at scrape time, never present in the exposition itself. */
  public static final Set<String> SCRAPE_LABELS = Set.of("job", "instance", "service");

  private DashboardMetrics() {}

  /**
   * The queries of the named dashboards ({@code docker/grafana/dashboards/<name>}) and of the named
   * groups of {@code docker/prometheus/alerts.yml}: what one process must export.
   */
  public static List<MonitoringQuery> queries(List<String> dashboards, Set<String> ruleGroups) {
    List<MonitoringQuery> queries = new ArrayList<>();
    for (String dashboard : dashboards) {
      queries.addAll(
          MonitoringQuery.fromDashboard(RepoFiles.docker("grafana/dashboards/" + dashboard)));
    }
    queries.addAll(
        MonitoringQuery.fromRules(RepoFiles.docker("prometheus/alerts.yml"), ruleGroups::contains));
    return queries;
  }

  /** Problems found checking {@code queries} against {@code live}; empty when all exist. */
  public static List<String> problems(Exposition live, Collection<MonitoringQuery> queries) {
    List<String> problems = new ArrayList<>();
    for (MonitoringQuery query : queries) {
      List<PromQlSelectors.Selector> selectors;
      try {
        selectors = query.selectors();
      } catch (IllegalArgumentException e) {
        problems.add(query.source() + ": cannot read the query: " + e.getMessage());
        continue;
      }
      if (selectors.isEmpty()) {
        problems.add(query.source() + ": names no metric: " + query.expr());
      }
      for (PromQlSelectors.Selector selector : selectors) {
        checkSelector(query.source(), live, selector, problems);
        query
            .listedLabel()
            .filter(label -> !SCRAPE_LABELS.contains(label))
            .filter(label -> !hasLabel(series(live, selector), label))
            .ifPresent(
                label ->
                    problems.add(
                        query.source() + ": " + describe(selector) + " has no label " + label));
      }
    }
    return problems;
  }

  private static void checkSelector(
      String source, Exposition live, PromQlSelectors.Selector selector, List<String> problems) {
    List<Map<String, String>> series = series(live, selector);
    if (series.isEmpty()) {
      problems.add(source + ": metric " + describe(selector) + " is not in the live output");
      return;
    }
    for (PromQlSelectors.Matcher matcher : selector.matchers()) {
      if (SCRAPE_LABELS.contains(matcher.label()) || PromQlSelectors.NAME.equals(matcher.label())) {
        continue;
      }
      if (!hasLabel(series, matcher.label())) {
        problems.add(source + ": " + describe(selector) + " has no label " + matcher.label());
      } else if (!matcher.value().contains("$") && !anyMatches(series, matcher)) {
        problems.add(
            source
                + ": no series "
                + describe(selector)
                + "{"
                + matcher.label()
                + matcher.op()
                + "\""
                + matcher.value()
                + "\"}");
      }
    }
  }

  /** The series a selector reads: one metric's, or every metric its __name__ matchers accept. */
  private static List<Map<String, String>> series(
      Exposition live, PromQlSelectors.Selector selector) {
    if (!selector.metric().isEmpty()) {
      return live.labelSets(selector.metric());
    }
    List<PromQlSelectors.Matcher> names =
        selector.matchers().stream().filter(m -> PromQlSelectors.NAME.equals(m.label())).toList();
    return live.names().stream()
        .filter(name -> names.stream().allMatch(m -> matches(m, name)))
        .flatMap(name -> live.labelSets(name).stream())
        .toList();
  }

  private static String describe(PromQlSelectors.Selector selector) {
    if (!selector.metric().isEmpty()) {
      return selector.metric();
    }
    return selector.matchers().stream()
        .filter(m -> PromQlSelectors.NAME.equals(m.label()))
        .map(m -> m.label() + m.op() + "\"" + m.value() + "\"")
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static boolean matches(PromQlSelectors.Matcher matcher, String value) {
    return switch (matcher.op()) {
      case "=" -> matcher.value().equals(value);
      case "!=" -> !matcher.value().equals(value);
      case "=~" -> Pattern.compile(matcher.value()).matcher(value).matches();
      default -> !Pattern.compile(matcher.value()).matcher(value).matches();
    };
  }

  private static boolean hasLabel(List<Map<String, String>> series, String label) {
    return series.stream().anyMatch(labels -> labels.containsKey(label));
  }

  private static boolean anyMatches(
      List<Map<String, String>> series, PromQlSelectors.Matcher matcher) {
    if (matcher.op().startsWith("!")) {
      return true; // negative matchers select whatever is left
    }
    // PromQL regexes are fully anchored, as Matcher.matches() is.
    return series.stream()
        .map(labels -> labels.get(matcher.label()))
        .anyMatch(value -> value != null && matches(matcher, value));
  }
}
