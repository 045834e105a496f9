package dev.polly.api.it;

import static dev.polly.api.support.World.ALICE;
import static dev.polly.api.support.World.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.polly.api.core.ChartService;
import dev.polly.api.support.ApiPolls;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.RunningApi;
import dev.polly.common.events.VotesChanged;
import dev.polly.common.testing.TestRedis;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/polls/{id}/results.png}: the results chart, under the results' own rules. */
class ResultsChartTest {
  @RegisterExtension static final RunningApi API = new RunningApi();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  @DisplayName("the chart is an 800x450 PNG that changes when votes change")
  void chartDecodesAndFollowsTheVotes() throws Exception {
    Http http = API.http();
    String alice = Login.as(http, ALICE);
    long id = create(http, alice, false);

    HttpResponse<byte[]> before = png(http, alice, id);
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.headers().firstValue("Content-Type")).contains("image/png");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(before.body()));
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(450);

    API.backends().votes().toggle(id, 71L, 0);
    API.backends().votes().toggle(id, 72L, 0);
    API.backends().events().publish(new VotesChanged(id));

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> !Arrays.equals(png(http, alice, id).body(), before.body()));
  }

  @Test
  @DisplayName(
      "a chart is drawn once per change of the results: repeated requests get the cached PNG")
  void repeatedRequestsAreServedFromTheCache() throws Exception {
    Http http = API.http();
    String alice = Login.as(http, ALICE);
    long id = create(http, alice, false);

    byte[] first = png(http, alice, id).body();
    long drawn = API.count(ChartService.RENDERS);
    assertThat(
            TestRedis.get().admin().getBucket("polly:v1:poll_results:" + id + ":chart").isExists())
        .as("the chart is stored next to the results")
        .isTrue();
    assertThat(png(http, alice, id).body()).isEqualTo(first);
    assertThat(png(http, alice, id).body()).isEqualTo(first);
    assertThat(API.count(ChartService.RENDERS))
        .as("no drawing for cached requests")
        .isEqualTo(drawn);

    API.backends().votes().toggle(id, 73L, 1);
    API.backends().events().publish(new VotesChanged(id));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> !Arrays.equals(png(http, alice, id).body(), first));
    long redrawn = API.count(ChartService.RENDERS);
    assertThat(redrawn).as("the vote invalidated the chart with the results").isGreaterThan(drawn);

    byte[] afterVote = png(http, alice, id).body();
    assertThat(png(http, alice, id).body()).isEqualTo(afterVote);
    assertThat(API.count(ChartService.RENDERS)).isEqualTo(redrawn);
  }

  @Test
  @DisplayName("a poll hiding its results has no chart, and another user's poll is unknown")
  void hiddenAndForeignPollsHaveNoChart() throws Exception {
    Http http = API.http();
    String alice = Login.as(http, ALICE);
    String bob = Login.as(http, BOB);
    long hidden = create(http, alice, true);
    long visible = create(http, alice, false);

    HttpResponse<byte[]> refused = png(http, alice, hidden);
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(new String(refused.body())).contains("\"results_hidden\"");
    assertThat(png(http, bob, visible).statusCode()).isEqualTo(404);
    assertThat(png(http, null, visible).statusCode()).isEqualTo(401);
  }

  private static long create(Http http, String token, boolean hideResults) {
    return ApiPolls.create(http, token, "Chart", false, hideResults);
  }

  private static HttpResponse<byte[]> png(Http http, String token, long id)
      throws IOException, InterruptedException {
    return CLIENT.send(
        http.request("/api/polls/" + id + "/results.png", token).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
