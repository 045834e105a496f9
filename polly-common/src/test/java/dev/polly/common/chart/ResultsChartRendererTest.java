package dev.polly.common.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.polly.common.domain.OptionResult;
import dev.polly.common.domain.PollResults;
import dev.polly.common.domain.ranked.InstantRunoff;
import dev.polly.common.domain.ranked.RankedBallot;
import dev.polly.common.domain.ranked.RunoffOutcome;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ResultsChartRendererTest {
  private final ResultsChartRenderer renderer = new ResultsChartRenderer();

  @Test
  void rendersAPngOfTheFixedSize() throws IOException {
    byte[] png = renderer.png(ChartData.ofResults("Lunch?", results(3, 1, 0)));

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(ResultsChartRenderer.WIDTH);
    assertThat(image.getHeight()).isEqualTo(ResultsChartRenderer.HEIGHT);
  }

  @Test
  void theImageChangesWhenVotesChange() {
    byte[] before = renderer.png(ChartData.ofResults("Lunch?", results(3, 1, 0)));
    byte[] same = renderer.png(ChartData.ofResults("Lunch?", results(3, 1, 0)));
    byte[] after = renderer.png(ChartData.ofResults("Lunch?", results(3, 2, 0)));

    assertThat(same).isEqualTo(before);
    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void aRankedPollShowsItsFinalRound() throws IOException {
    List<OptionResult> options = results(0, 0, 0).options();
    RunoffOutcome outcome =
        InstantRunoff.tally(
            List.of(0, 1, 2),
            List.of(
                RankedBallot.of(0),
                RankedBallot.of(1, 0),
                RankedBallot.of(2, 1),
                RankedBallot.of(1)));

    ChartData data = ChartData.ofRunoff("Ranked", options, outcome);

    assertThat(data.bars()).extracting(ChartBar::value).containsExactly(1L, 3L, 0L);
    assertThat(data.caption()).contains("4 ballots").contains("final round 2");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(renderer.png(data)));
    assertThat(image.getWidth()).isEqualTo(ResultsChartRenderer.WIDTH);
  }

  @Test
  void aPollWithoutVotesAndLongLabelsStillRenders() throws IOException {
    PollResults empty =
        new PollResults(
            1,
            List.of(
                new OptionResult(0, "x".repeat(100), null, 0, 0),
                new OptionResult(1, "x".repeat(100), null, 0, 0)),
            0,
            0,
            List.of(),
            null);

    byte[] png = renderer.png(ChartData.ofResults("t".repeat(300), empty));

    assertThat(ImageIO.read(new ByteArrayInputStream(png)).getHeight())
        .isEqualTo(ResultsChartRenderer.HEIGHT);
  }

  private static PollResults results(long a, long b, long c) {
    long total = a + b + c;
    return new PollResults(
        1,
        List.of(
            new OptionResult(0, "Pizza", "🍕", a, 0),
            new OptionResult(1, "Tacos", "<:tacos:123>", b, 0),
            new OptionResult(2, "Salad", null, c, 0)),
        total,
        total,
        List.of(),
        null);
  }
}
