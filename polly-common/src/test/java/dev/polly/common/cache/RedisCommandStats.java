package dev.polly.common.cache;

/** Parses one {@code INFO commandstats} entry such as {@code calls=3,usec=10,...}. */
final class RedisCommandStats {
  private RedisCommandStats() {}

  static long calls(String entry) {
    if (entry == null) {
      return 0;
    }
    return Long.parseLong(entry.replaceAll("^.*calls=(\\d+).*$", "$1"));
  }
}
