package dev.polly.api.core;

import com.codahale.metrics.Meter;
import dev.polly.api.errors.ResourceNotFoundException;
import dev.polly.common.chart.ChartData;
import dev.polly.common.chart.ResultsChartRenderer;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.Session;
import dev.polly.common.export.PollCsv;
import dev.polly.common.store.PollResultsStore;

/**
 * A poll's results as a PNG bar chart, under the same access and visibility rules as the results: a
 * poll the session may not see is unknown (404), and a poll whose results are hidden until it
 * closes has no chart yet (404 {@code results_hidden}). The bytes are cached next to the results
 * ({@link PollResultsStore#chart}) and drawn again only when the results change; each drawing marks
 * {@code renders} ({@code polly.chart.renders}).
 */
public final class ChartService {
  /** The meter of chart drawings in the metric registry. */
  public static final String RENDERS = "polly.chart.renders";

  private final PollService polls;
  private final PollResultsStore store;
  private final ResultsChartRenderer renderer;
  private final Meter renders;

  public ChartService(
      PollService polls, PollResultsStore store, ResultsChartRenderer renderer, Meter renders) {
    this.polls = polls;
    this.store = store;
    this.renderer = renderer;
    this.renders = renders;
  }

  public byte[] png(Session session, long pollId) {
    Poll poll = polls.find(session, pollId);
    if (PollCsv.hidesResults(poll)) {
      throw new ResourceNotFoundException(
          "results_hidden", "This poll hides its results until it closes, so it has no chart yet.");
    }
    return store.chart(
        poll,
        results -> {
          renders.mark();
          return renderer.png(ChartData.of(poll.title(), results));
        });
  }
}
