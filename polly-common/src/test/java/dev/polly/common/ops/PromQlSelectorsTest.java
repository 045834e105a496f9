package dev.polly.common.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polly.common.testing.PromQlSelectors;
import dev.polly.common.testing.PromQlSelectors.Matcher;
import dev.polly.common.testing.PromQlSelectors.Selector;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromQlSelectorsTest {

  @Test
  void findsMetricsInsideAggregationsAndSkipsByLabelsAndDurations() {
    List<Selector> selectors =
        PromQlSelectors.parse(
            "sum by (cache) (rate(polly_cache_gets_total{result=\"hit\"}[5m]))"
                + " / sum by (cache)(rate(polly_cache_gets_total[5m]))");

    assertThat(selectors)
        .containsExactly(
            new Selector("polly_cache_gets_total", List.of(new Matcher("result", "=", "hit"))),
            new Selector("polly_cache_gets_total", List.of()));
  }

  @Test
  void readsEveryMatcherOperatorAndSkipsGrafanaVariables() {
    List<Selector> selectors =
        PromQlSelectors.parse(
            "max by (quantile) (x_seconds{quantile=~\"0.5|0.95\",job!=\"a\",cache!~\"$cache\","
                + "instance=~\"${instance}\"}) and on(job) rate(y_total[$__rate_interval])");

    assertThat(selectors).extracting(Selector::metric).containsExactly("x_seconds", "y_total");
    assertThat(selectors.get(0).matchers())
        .containsExactly(
            new Matcher("quantile", "=~", "0.5|0.95"),
            new Matcher("job", "!=", "a"),
            new Matcher("cache", "!~", "$cache"),
            new Matcher("instance", "=~", "${instance}"));
  }

  @Test
  void skipsNumbersOffsetsKeywordsAndAggregationsWrittenAfterTheirArgument() {
    List<Selector> selectors =
        PromQlSelectors.parse(
            "sum(rate(a_total[10m] offset 1h)) by (job) < 0.7 * 1e2 unless bool"
                + " max without (cache) (b) > 10");

    assertThat(selectors).extracting(Selector::metric).containsExactly("a_total", "b");
  }

  @Test
  void failsLoudlyOnAnUnknownFunctionOrASelectorWithoutName() {
    assertThatThrownBy(() -> PromQlSelectors.parse("rte(a_total[5m])"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown function 'rte'");
    assertThatThrownBy(() -> PromQlSelectors.parse("{cache=\"guild\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without a metric name");
  }

  @Test
  void readsASelectorThatNamesItsMetricsByTheNameLabel() {
    assertThat(
            PromQlSelectors.parse("topk(3, {__name__=~\"dev_polly_.*Dao_.*\",quantile=\"0.95\"})"))
        .containsExactly(
            new Selector(
                "",
                List.of(
                    new Matcher("__name__", "=~", "dev_polly_.*Dao_.*"),
                    new Matcher("quantile", "=", "0.95"))));
  }
}
