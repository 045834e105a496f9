package dev.polly.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a browser downloads for the dashboard, gzipped as the server sends it: {@code index.html},
 * every file under {@code web/app/} (main.js imports every page, so all of them load) and the
 * browser libraries the import map names, read from the same classpath the server serves. The bar
 * is 300 KB of JS and CSS gzipped. The API reference's Swagger UI at {@code /docs} is measured
 * apart: it is not part of the dashboard's load. Figures go to {@code target/dashboard-size.txt}.
 */
class DashboardSizeTest {
  static final long BAR_BYTES = 300 * 1024;
  private static final Pattern IMPORT_TARGET = Pattern.compile("\"(/webjars/[^\"]+)\"");

  @Test
  @DisplayName("the dashboard's JS and CSS stay under 300 KB gzipped")
  void dashboardUnderTheBar() throws Exception {
    String index = text("/web/index.html");
    List<String> files = new ArrayList<>(appFiles());
    Matcher m = IMPORT_TARGET.matcher(index);
    while (m.find()) {
      if (!files.contains(m.group(1))) {
        files.add(m.group(1));
      }
    }
    Sizes dashboard = measure(files);
    Sizes docs =
        measure(
            List.of(
                "/webjars/swagger-ui/5.30.3/swagger-ui-bundle.js",
                "/webjars/swagger-ui/5.30.3/swagger-ui.css",
                "/docs/initializer.js",
                "/docs/docs.css"));
    String report =
        String.format(
            Locale.ROOT,
            "dashboard JS+CSS: %d files, %.1f KB raw, %.1f KB gzipped (index.html %.1f KB gzipped)%n"
                + "API reference (/docs, Swagger UI) JS+CSS: %.1f KB raw, %.1f KB gzipped%n",
            dashboard.files(),
            dashboard.raw() / 1024.0,
            dashboard.gzipped() / 1024.0,
            gzip(text("/web/index.html").getBytes(StandardCharsets.UTF_8)) / 1024.0,
            docs.raw() / 1024.0,
            docs.gzipped() / 1024.0);
    System.out.print(report);
    Files.writeString(Path.of("target", "dashboard-size.txt"), report);

    assertThat(dashboard.files()).isGreaterThan(15);
    assertThat(dashboard.gzipped()).isLessThan(BAR_BYTES);
  }

  private record Sizes(int files, long raw, long gzipped) {}

  /** Sizes of the JS and CSS among {@code paths} (as the browser requests them). */
  private static Sizes measure(List<String> paths) {
    long raw = 0;
    long gz = 0;
    int n = 0;
    for (String path : paths) {
      if (path.endsWith(".js") || path.endsWith(".css")) {
        byte[] bytes = bytes(served(path));
        raw += bytes.length;
        gz += gzip(bytes);
        n++;
      }
    }
    return new Sizes(n, raw, gz);
  }

  /** The classpath resource a browser path is served from (see {@link DashboardAssets}). */
  private static String served(String path) {
    if (path.startsWith("/webjars/")) {
      return "/META-INF/resources" + path;
    }
    return "/web" + path;
  }

  private static List<String> appFiles() throws URISyntaxException, IOException {
    Path app = Path.of(DashboardSizeTest.class.getResource("/web/app").toURI());
    try (Stream<Path> walk = Files.walk(app)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> "/app/" + app.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static long gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size();
  }

  private static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = DashboardSizeTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("classpath resource " + resource).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
