package dev.polly.common.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The failure reason a probe reports: address, root cause, never the password. */
class RedissonProbeTest {
  private final RedissonProbe probe =
      new RedissonProbe(null, Clock.systemUTC(), "redis:6379", "s3cret", status -> {});

  @Test
  void namesTheAddressAndTheRootCause() {
    Exception failure =
        new IllegalStateException(
            "Unable to connect", new IOException("Connection refused: redis/10.0.0.2:6379"));

    assertThat(probe.reason(failure))
        .isEqualTo("redis:6379: Connection refused: redis/10.0.0.2:6379");
  }

  @Test
  void dropsRedissonsChannelAndCommandDetailsAndMasksThePassword() {
    Exception failure =
        new IllegalStateException(
            "WRONGPASS invalid username-password pair or user is disabled.. channel: [id: 0x1,"
                + " L:/127.0.0.1:1 - R:127.0.0.1/127.0.0.1:6379] data: CommandData"
                + " [command=(AUTH), params: (s3cret)]");

    assertThat(probe.reason(failure))
        .isEqualTo("redis:6379: WRONGPASS invalid username-password pair or user is disabled.");
  }

  @Test
  void masksThePasswordWhereverItAppears() {
    assertThat(probe.reason(new RuntimeException("AUTH s3cret failed")))
        .isEqualTo("redis:6379: AUTH *** failed")
        .doesNotContain("s3cret");
  }

  @Test
  void fallsBackToTheExceptionTypeWithoutAMessage() {
    assertThat(probe.reason(new RuntimeException(new IOException())))
        .isEqualTo("redis:6379: IOException");
  }
}
