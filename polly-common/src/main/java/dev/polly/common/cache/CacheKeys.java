package dev.polly.common.cache;

/**
 * Redis key layout of the cache: {@code polly:v1:{region}:{key}}. The {@code v1} schema version
 * changes whenever the JSON of a cached type changes incompatibly, so new code never reads old
 * bytes.
 */
public final class CacheKeys {
  /** The prefix of every cache key, including the schema version. */
  public static final String ROOT = "polly:v1:";

  private CacheKeys() {}

  /** {@code polly:v1:{region}:}. */
  public static String regionPrefix(String region) {
    return ROOT + region + ":";
  }

  /** {@code text} with the SCAN glob metacharacters escaped, so it matches only itself. */
  public static String glob(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
