package dev.polly.common.chart;

import dev.polly.common.domain.PollResults;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A rendered results chart as the cache keeps it, next to the results it was drawn from: the PNG
 * bytes and the {@link #versionOf version} of those results, so a chart is served only for the
 * results it shows. Contains counts only, never voter identities.
 *
 * @param resultsVersion {@link #versionOf} of the title and results the chart was drawn from
 * @param png the image, as {@link ResultsChartRenderer#png} returns it
 */
public record ResultsChart(String resultsVersion, byte[] png) {

  public ResultsChart {
    Objects.requireNonNull(resultsVersion, "resultsVersion");
    Objects.requireNonNull(png, "png");
  }

  /**
   * A fingerprint of what a chart shows (the poll's title and its results: labels, counts, voters):
   * equal for equal inputs in every process, different when any of them changes.
   */
  public static String versionOf(String title, PollResults results) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(title.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(results.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  /** True when this chart was drawn from exactly these title and results. */
  public boolean shows(String title, PollResults results) {
    return resultsVersion.equals(versionOf(title, results));
  }
}
