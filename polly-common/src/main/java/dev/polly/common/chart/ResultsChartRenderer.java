package dev.polly.common.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a poll's results as a PNG horizontal bar chart with JFreeChart, off-screen (it needs no
 * display: the JVM runs with {@code java.awt.headless=true}). The image has a fixed size, {@link
 * #WIDTH} × {@link #HEIGHT}, which Discord shows in full inside an embed or as an attachment.
 * Thread-safe: each call builds its own chart.
 */
public final class ResultsChartRenderer {
  /** Width of every chart, in pixels. */
  public static final int WIDTH = 800;

  /** Height of every chart, in pixels. */
  public static final int HEIGHT = 450;

  private static final Color BACKGROUND = new Color(0x2B, 0x2D, 0x31);
  private static final Color TEXT = new Color(0xF2, 0xF3, 0xF5);
  private static final Color GRID = new Color(0x4E, 0x50, 0x58);
  private static final Color BAR = new Color(0x58, 0x65, 0xF2);
  private static final int MAX_LABEL = 40;

  public ResultsChartRenderer() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** Renders {@code data} to PNG bytes. */
  public byte[] png(ChartData data) {
    BufferedImage image = chart(data).createBufferedImage(WIDTH, HEIGHT);
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode the chart as PNG", e);
    }
    return out.toByteArray();
  }

  private JFreeChart chart(ChartData data) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (int i = 0; i < data.bars().size(); i++) {
      ChartBar bar = data.bars().get(i);
      dataset.addValue(bar.value(), "votes", new Category(i, shorten(bar.label())));
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            shorten(data.title()),
            null,
            null,
            dataset,
            PlotOrientation.HORIZONTAL,
            false,
            false,
            false);
    chart.setBackgroundPaint(BACKGROUND);
    chart.getTitle().setPaint(TEXT);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
    TextTitle caption = new TextTitle(data.caption(), new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    caption.setPaint(TEXT);
    chart.addSubtitle(caption);
    style(chart.getCategoryPlot());
    return chart;
  }

  private static void style(CategoryPlot plot) {
    plot.setBackgroundPaint(BACKGROUND);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(GRID);
    plot.getDomainAxis().setTickLabelPaint(TEXT);
    plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    range.setTickLabelPaint(TEXT);
    range.setLowerBound(0);
    range.setAutoRangeMinimumSize(1);
    range.setUpperMargin(0.1);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, BAR);
    renderer.setMaximumBarWidth(0.12);
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelPaint(TEXT);
    renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    renderer.setDefaultItemLabelGenerator(
        new org.jfree.chart.labels.StandardCategoryItemLabelGenerator());
  }

  private static String shorten(String text) {
    return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "…";
  }

  /** A category key that keeps two options with equal shortened labels apart. */
  private record Category(int index, String label) implements Comparable<Category> {
    @Override
    public int compareTo(Category other) {
      return Integer.compare(index, other.index);
    }

    @Override
    public String toString() {
      return label;
    }
  }
}
