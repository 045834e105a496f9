package dev.polly.common.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One PromQL query that a Grafana dashboard or a Prometheus rule file runs, with where it comes
 * from (for failure messages) and, for a Grafana {@code label_values(selector, label)} variable,
 * the label it lists. The static readers collect every query of a dashboard (panel targets, nested
 * row panels, template variables) or of a rule file's groups.
 */
public record MonitoringQuery(String source, String expr, Optional<String> listedLabel) {

  private static final Pattern LABEL_VALUES =
      Pattern.compile("^\\s*label_values\\((.*),\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\)\\s*$");

  public MonitoringQuery {
    Objects.requireNonNull(source);
    Objects.requireNonNull(expr);
    Objects.requireNonNull(listedLabel);
  }

  /** The selectors this query reads. */
  public List<PromQlSelectors.Selector> selectors() {
    return PromQlSelectors.parse(expr);
  }

  /** Every panel target and template variable query of a Grafana dashboard JSON file. */
  public static List<MonitoringQuery> fromDashboard(Path dashboard) {
    JsonNode root = read(new ObjectMapper(), dashboard);
    String file = dashboard.getFileName().toString();
    List<MonitoringQuery> queries = new ArrayList<>();
    collectPanels(file, root.path("panels"), queries);
    for (JsonNode variable : root.path("templating").path("list")) {
      JsonNode query = variable.path("query");
      String text = query.isObject() ? query.path("query").asText("") : query.asText("");
      if (!"query".equals(variable.path("type").asText()) || text.isBlank()) {
        continue;
      }
      String source = file + " variable $" + variable.path("name").asText();
      Matcher labelValues = LABEL_VALUES.matcher(text);
      queries.add(
          labelValues.matches()
              ? new MonitoringQuery(source, labelValues.group(1), Optional.of(labelValues.group(2)))
              : new MonitoringQuery(source, text, Optional.empty()));
    }
    return queries;
  }

  /**
   * Every rule's {@code expr} in the groups of a Prometheus rule file that {@code group} accepts.
   */
  public static List<MonitoringQuery> fromRules(Path rules, Predicate<String> group) {
    JsonNode root = read(new YAMLMapper(), rules);
    List<MonitoringQuery> queries = new ArrayList<>();
    for (JsonNode g : root.path("groups")) {
      if (!group.test(g.path("name").asText())) {
        continue;
      }
      for (JsonNode rule : g.path("rules")) {
        String name =
            rule.has("alert") ? rule.path("alert").asText() : rule.path("record").asText();
        queries.add(
            new MonitoringQuery(
                rules.getFileName() + " rule " + name,
                rule.path("expr").asText(),
                Optional.empty()));
      }
    }
    return queries;
  }

  private static void collectPanels(String file, JsonNode panels, List<MonitoringQuery> out) {
    for (JsonNode panel : panels) {
      for (JsonNode target : panel.path("targets")) {
        if (target.hasNonNull("expr")) {
          String source =
              file
                  + " panel '"
                  + panel.path("title").asText()
                  + "' target "
                  + target.path("refId").asText();
          out.add(new MonitoringQuery(source, target.path("expr").asText(), Optional.empty()));
        }
      }
      collectPanels(file, panel.path("panels"), out); // collapsed rows nest their panels
    }
  }

  private static JsonNode read(ObjectMapper mapper, Path file) {
    try {
      return mapper.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
