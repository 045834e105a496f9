package dev.polly.bot.fake;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code multipart/form-data} bodies JDA sends with attachments, as Discord does: the
 * {@code payload_json} part is the JSON body, and each {@code files[n]} part is a file by name.
 */
final class Multipart {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

  /** The JSON payload and the files of one request. */
  record Body(String json, Map<String, byte[]> files) {}

  private Multipart() {}

  static boolean is(String contentType) {
    return contentType != null && contentType.startsWith("multipart/form-data");
  }

  /** Splits the body; files keep their bytes, the JSON part is read as UTF-8. */
  static Body parse(String contentType, byte[] body) {
    Matcher boundary = BOUNDARY.matcher(contentType);
    if (!boundary.find()) {
      throw new IllegalArgumentException("multipart without boundary: " + contentType);
    }
    // ISO-8859-1 maps each byte to one char and back, so binary parts survive the split.
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String json = "";
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String part : text.split("--" + Pattern.quote(boundary.group(1)))) {
      int split = part.indexOf("\r\n\r\n");
      if (split < 0) {
        continue;
      }
      String headers = part.substring(0, split);
      String content = part.substring(split + 4).replaceFirst("\r\n$", "");
      Matcher name = NAME.matcher(headers);
      Matcher filename = FILENAME.matcher(headers);
      if (filename.find()) {
        files.put(filename.group(1), content.getBytes(StandardCharsets.ISO_8859_1));
      } else if (name.find() && name.group(1).equals("payload_json")) {
        json = new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      }
    }
    return new Body(json, files);
  }
}
