package dev.polly.api.fuzz;

import java.util.List;

/**
 * Pools of hostile values the fuzz corpus draws from: invalid snowflakes, path-traversal keys,
 * injection strings, unicode edge cases, invalid time zones, times in daylight-saving gaps, and
 * JSON values of every wrong type.
 */
final class BadValues {
  private BadValues() {}

  /** Path or query values that are not positive 64-bit snowflakes, already percent-encoded. */
  static final List<String> SNOWFLAKES =
      List.of(
          "0",
          "-1",
          "abc",
          "1.5",
          "1e3",
          "%2B1",
          "0x1F",
          "9223372036854775808",
          "18446744073709551616",
          "99999999999999999999999999",
          "%201",
          "1%20",
          "%EF%BC%91%EF%BC%92%EF%BC%93",
          "%D9%A1%D9%A2",
          "1%00",
          "1%3Bselect%201",
          "1'%20OR%20'1'%3D'1",
          "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
          "%F0%9F%98%80",
          "%E2%80%AE123",
          "null",
          "undefined",
          "%5B%5D",
          "1".repeat(400),
          "-9223372036854775808");

  /** Draft keys: traversal, encoded separators, reserved names, too long, unicode, injection. */
  static final List<String> DRAFT_KEYS =
      List.of(
          "..%2F..",
          "..%2F..%2F..%2Fetc%2Fpasswd",
          "%2e%2e",
          "%2e%2e%2f%2e%2e",
          "..%5C..",
          "a%2Fb",
          "....%2F%2F....%2F%2F",
          "%252e%252e%252f",
          "a%20b",
          "key%00",
          "x".repeat(65),
          "x".repeat(3000),
          "%F0%9F%98%80",
          "%E2%80%AErtl",
          "%3Cimg%20src%3Dx%3E",
          "'%20OR%201%3D1%20--",
          "*",
          "~root",
          "a%0D%0ASet-Cookie%3Ax%3Dy");

  /** Strings that must come back as plain data (or a 4xx), never executed or echoed as markup. */
  static final List<String> HOSTILE_STRINGS =
      List.of(
          "'; DROP TABLE polls; --",
          "\" OR \"1\"=\"1",
          "1); DELETE FROM votes WHERE (1=1",
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "\u202Eevil\u202C",
          "مرحبا بالعالم",
          "שלום עולם",
          "😀🎉🔥👍🏽‍",
          "👨‍👩‍👧‍👦".repeat(40),
          "\u0000",
          "a\u0000b",
          "\uFEFF",
          "\t\r\n",
          "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357",
          "=cmd|' /C calc'!A0",
          "${jndi:ldap://127.0.0.1/x}",
          "%s%s%s%n",
          "../../../../etc/passwd",
          " ",
          "");

  /** Time-zone names that are not IANA zones. */
  static final List<String> ZONES =
      List.of(
          "Mars/Phobos",
          "UTC+25",
          "+99:00",
          "Europe/Paris\u0000",
          "../../etc/localtime",
          "europe/paris ",
          "GMT+14:61",
          "",
          "SystemV/AST4",
          "Z".repeat(300));

  /** Date-times that do not exist, are out of range, or are not ISO-8601. */
  static final List<String> TIMES =
      List.of(
          "2030-03-31T02:30",
          "2030-10-27T02:30",
          "2030-02-30T10:00",
          "2030-13-01T10:00",
          "2030-01-01T24:01",
          "+999999999-12-31T23:59:59Z",
          "-999999999-01-01T00:00:00Z",
          "1970-01-01T00:00:00Z",
          "2030-01-01 10:00",
          "tomorrow",
          "2030-01-01T10:00:00+25:00",
          "9".repeat(50));

  /** JSON literals of wrong types, overflowing numbers and odd values (raw JSON text). */
  static final List<String> JSON_VALUES =
      List.of(
          "null",
          "true",
          "0",
          "-1",
          "2147483648",
          "-2147483649",
          "9223372036854775808",
          "1e400",
          "-1e400",
          "1.5",
          "123456789012345678901234567890",
          "{}",
          "[]",
          "[1,2,3]",
          "{\"a\":{\"b\":[]}}",
          "\"\"",
          "\"x\"",
          "[null]");
}
