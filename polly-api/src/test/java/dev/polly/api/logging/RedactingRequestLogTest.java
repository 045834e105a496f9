package dev.polly.api.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The query rewriting behind the access log's redaction. */
class RedactingRequestLogTest {
  @Test
  @DisplayName("code and state values are replaced, whatever their case or encoding")
  void secretValuesAreReplaced() {
    assertThat(RedactingRequestLog.redactQuery("code=abc&state=def"))
        .isEqualTo("code=redacted&state=redacted");
    assertThat(RedactingRequestLog.redactQuery("Code=abc&%73tate=def&x=1"))
        .isEqualTo("Code=redacted&%73tate=redacted&x=1");
    assertThat(RedactingRequestLog.redactQuery("code=a&code=b"))
        .isEqualTo("code=redacted&code=redacted");
  }

  @Test
  @DisplayName("other parameters, empty pairs and parameters without a value stay as they were")
  void otherPartsStay() {
    assertThat(RedactingRequestLog.redactQuery("guild=1&page=2")).isEqualTo("guild=1&page=2");
    assertThat(RedactingRequestLog.redactQuery("&code&x=1&")).isEqualTo("&code&x=1&");
    assertThat(RedactingRequestLog.redactQuery("")).isEmpty();
    assertThat(RedactingRequestLog.redactQuery(null)).isNull();
  }
}
