package dev.polly.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Session ids and state signatures are HMAC-SHA256, the same on every thread and every call. */
class HmacTest {
  private static final byte[] KEY = new byte[20];

  static {
    Arrays.fill(KEY, (byte) 0x0b);
  }

  @Test
  @DisplayName("sign gives the RFC 4231 HMAC-SHA256 (test case 1), base64url, call after call")
  void signsAsRfc4231() {
    Hmac hmac = new Hmac(KEY);
    String expected =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                HexFormat.of()
                    .parseHex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
    assertThat(hmac.sign("Hi There")).isEqualTo(expected);
    assertThat(hmac.sign("Hi There")).isEqualTo(expected);
    assertThat(hmac.verify("Hi There", expected)).isTrue();
    assertThat(hmac.verify("Hi there", expected)).isFalse();
  }

  @Test
  @DisplayName("eight threads signing at once get what one thread gets")
  void threadsAgree() throws Exception {
    Hmac hmac = new Hmac(KEY);
    List<String> values = IntStream.range(0, 2_000).mapToObj(i -> "token-" + i).toList();
    List<String> alone = values.stream().map(hmac::sign).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> together =
          pool.invokeAll(
              values.stream()
                  .map(v -> (java.util.concurrent.Callable<String>) () -> hmac.sign(v))
                  .toList());
      for (int i = 0; i < values.size(); i++) {
        assertThat(together.get(i).get()).isEqualTo(alone.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
