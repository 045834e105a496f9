package dev.polly.api.core;

import dev.polly.api.errors.ResourceNotFoundException;
import dev.polly.common.chart.ChartData;
import dev.polly.common.chart.ResultsChartRenderer;
import dev.polly.common.domain.Poll;
import dev.polly.common.domain.Session;
import dev.polly.common.export.PollCsv;

/**
 * A poll's results as a PNG bar chart, under the same access and visibility rules as the results: a
 * poll the session may not see is unknown (404), and a poll whose results are hidden until it
 * closes has no chart yet (404 {@code results_hidden}). The counts come from the results cache.
 */
public final class ChartService {
  private final PollService polls;
  private final ResultsService results;
  private final ResultsChartRenderer renderer;

  public ChartService(PollService polls, ResultsService results, ResultsChartRenderer renderer) {
    this.polls = polls;
    this.results = results;
    this.renderer = renderer;
  }

  public byte[] png(Session session, long pollId) {
    Poll poll = polls.find(session, pollId);
    if (PollCsv.hidesResults(poll)) {
      throw new ResourceNotFoundException(
          "results_hidden", "This poll hides its results until it closes, so it has no chart yet.");
    }
    return renderer.png(ChartData.of(poll.title(), results.load(poll)));
  }
}
