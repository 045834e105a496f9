package dev.polly.common.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Extracts the series selectors (metric name plus label matchers) from a PromQL expression, so a
 * test can check that every metric a dashboard or alert names really exists. It is a scanner, not a
 * full parser: it skips strings, range and subquery brackets, numbers and durations, Grafana
 * variables ({@code $__rate_interval}, {@code ${x}}), keywords and the label lists of {@code by},
 * {@code without}, {@code on}, {@code ignoring} and {@code group_left/right}. An identifier
 * followed by {@code (} that is not a known PromQL function fails loudly instead of being skipped,
 * and so does a selector without a metric name, so nothing a dashboard reads escapes the check.
 */
public final class PromQlSelectors {

  /** A label matcher such as {@code result="hit"}; {@code op} is one of = != =~ !~. */
  public record Matcher(String label, String op, String value) {
    public Matcher {
      Objects.requireNonNull(label);
      Objects.requireNonNull(op);
      Objects.requireNonNull(value);
    }
  }

  /**
   * One series selector: a metric name and its matchers. The name is empty for a selector that
   * names its metrics by a {@code __name__} matcher instead.
   */
  public record Selector(String metric, List<Matcher> matchers) {
    public Selector {
      Objects.requireNonNull(metric);
      matchers = List.copyOf(matchers);
    }
  }

  /** The label that holds a series' metric name. */
  public static final String NAME = "__name__";

  private static final Set<String> LABEL_LIST_KEYWORDS =
      Set.of("by", "without", "on", "ignoring", "group_left", "group_right");

  private static final Set<String> KEYWORDS =
      Set.of("and", "or", "unless", "bool", "offset", "inf", "nan", "atan2", "start", "end");

  private static final Set<String> FUNCTIONS =
      Set.of(
          // aggregation operators
          "sum",
          "min",
          "max",
          "avg",
          "group",
          "stddev",
          "stdvar",
          "count",
          "count_values",
          "bottomk",
          "topk",
          "quantile",
          "limitk",
          "limit_ratio",
          // functions
          "abs",
          "absent",
          "absent_over_time",
          "ceil",
          "changes",
          "clamp",
          "clamp_max",
          "clamp_min",
          "day_of_month",
          "day_of_week",
          "day_of_year",
          "days_in_month",
          "delta",
          "deriv",
          "exp",
          "floor",
          "histogram_avg",
          "histogram_count",
          "histogram_fraction",
          "histogram_quantile",
          "histogram_sum",
          "histogram_stddev",
          "histogram_stdvar",
          "holt_winters",
          "double_exponential_smoothing",
          "hour",
          "idelta",
          "increase",
          "irate",
          "label_join",
          "label_replace",
          "ln",
          "log2",
          "log10",
          "minute",
          "month",
          "predict_linear",
          "rate",
          "resets",
          "round",
          "scalar",
          "sgn",
          "sort",
          "sort_desc",
          "sort_by_label",
          "sort_by_label_desc",
          "sqrt",
          "time",
          "timestamp",
          "vector",
          "year",
          "avg_over_time",
          "min_over_time",
          "max_over_time",
          "sum_over_time",
          "count_over_time",
          "quantile_over_time",
          "stddev_over_time",
          "stdvar_over_time",
          "last_over_time",
          "present_over_time",
          "mad_over_time",
          "acos",
          "acosh",
          "asin",
          "asinh",
          "atan",
          "atanh",
          "cos",
          "cosh",
          "sin",
          "sinh",
          "tan",
          "tanh",
          "deg",
          "rad",
          "pi");

  private final String expr;
  private int pos;

  private PromQlSelectors(String expr) {
    this.expr = expr;
  }

  /** Returns every selector in {@code expr}, in order of appearance. */
  public static List<Selector> parse(String expr) {
    return new PromQlSelectors(Objects.requireNonNull(expr)).scan();
  }

  private List<Selector> scan() {
    List<Selector> selectors = new ArrayList<>();
    while (pos < expr.length()) {
      char c = expr.charAt(pos);
      if (c == '"' || c == '\'' || c == '`') {
        readString();
      } else if (c == '[') {
        skipBalanced('[', ']');
      } else if (c == '{') {
        selectors.add(unnamedSelector());
      } else if (c == '$') {
        skipVariable();
      } else if (Character.isDigit(c) || (c == '.' && nextIsDigit())) {
        while (pos < expr.length() && isWordChar(expr.charAt(pos))) {
          pos++;
        }
      } else if (isIdentStart(c)) {
        identifier(selectors);
      } else {
        pos++;
      }
    }
    return selectors;
  }

  private void identifier(List<Selector> selectors) {
    String name = readIdentifier();
    skipSpaces();
    char next = pos < expr.length() ? expr.charAt(pos) : 0;
    if (LABEL_LIST_KEYWORDS.contains(name)) {
      if (next == '(') {
        skipBalanced('(', ')');
      }
    } else if (KEYWORDS.contains(name) || FUNCTIONS.contains(name)) {
      return;
    } else if (next == '(') {
      throw fail("unknown function '" + name + "'");
    } else {
      selectors.add(new Selector(name, next == '{' ? readMatchers() : List.of()));
    }
  }

  /** {@code {__name__=~"...", ...}}: the name matcher stands in for the metric name. */
  private Selector unnamedSelector() {
    List<Matcher> matchers = readMatchers();
    if (matchers.stream().noneMatch(m -> m.label().equals(NAME) && m.op().startsWith("="))) {
      throw fail("a selector without a metric name or a positive __name__ matcher");
    }
    return new Selector("", matchers);
  }

  private List<Matcher> readMatchers() {
    List<Matcher> matchers = new ArrayList<>();
    pos++; // '{'
    while (true) {
      skipSpaces();
      if (pos >= expr.length()) {
        throw fail("unterminated label matchers");
      }
      char c = expr.charAt(pos);
      if (c == '}') {
        pos++;
        return matchers;
      }
      if (c == ',') {
        pos++;
        continue;
      }
      String label = readIdentifier();
      skipSpaces();
      String op = readOperator();
      skipSpaces();
      matchers.add(new Matcher(label, op, readString()));
    }
  }

  private String readOperator() {
    for (String op : List.of("=~", "!~", "!=", "=")) {
      if (expr.startsWith(op, pos)) {
        pos += op.length();
        return op;
      }
    }
    throw fail("expected a matcher operator");
  }

  private String readString() {
    char quote = expr.charAt(pos);
    if (quote != '"' && quote != '\'' && quote != '`') {
      throw fail("expected a quoted label value");
    }
    StringBuilder value = new StringBuilder();
    pos++;
    while (pos < expr.length() && expr.charAt(pos) != quote) {
      char c = expr.charAt(pos++);
      if (c == '\\' && quote != '`' && pos < expr.length()) {
        c = expr.charAt(pos++);
      }
      value.append(c);
    }
    if (pos >= expr.length()) {
      throw fail("unterminated string");
    }
    pos++;
    return value.toString();
  }

  private String readIdentifier() {
    int start = pos;
    if (pos >= expr.length() || !isIdentStart(expr.charAt(pos))) {
      throw fail("expected an identifier");
    }
    while (pos < expr.length() && isIdentChar(expr.charAt(pos))) {
      pos++;
    }
    return expr.substring(start, pos);
  }

  private void skipVariable() {
    pos++;
    if (pos < expr.length() && expr.charAt(pos) == '{') {
      skipBalanced('{', '}');
    } else {
      while (pos < expr.length() && isIdentChar(expr.charAt(pos))) {
        pos++;
      }
    }
  }

  private void skipBalanced(char open, char close) {
    int depth = 0;
    do {
      char c = expr.charAt(pos);
      if (c == '"' || c == '\'' || c == '`') {
        readString();
        continue;
      }
      depth += c == open ? 1 : c == close ? -1 : 0;
      pos++;
    } while (depth > 0 && pos < expr.length());
    if (depth > 0) {
      throw fail("unbalanced '" + open + "'");
    }
  }

  private void skipSpaces() {
    while (pos < expr.length() && Character.isWhitespace(expr.charAt(pos))) {
      pos++;
    }
  }

  private boolean nextIsDigit() {
    return pos + 1 < expr.length() && Character.isDigit(expr.charAt(pos + 1));
  }

  private static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_' || c == ':';
  }

  private static boolean isIdentChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == ':';
  }

  /** Numbers and durations: 0.95, 1e3, 5m, 1h30m. */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '.';
  }

  private IllegalArgumentException fail(String what) {
    return new IllegalArgumentException(what + " at " + pos + " in: " + expr);
  }
}
