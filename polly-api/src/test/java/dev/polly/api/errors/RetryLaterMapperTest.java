package dev.polly.api.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import dev.polly.api.api.ApiError;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Both "retry later" refusals tell the client when, in whole seconds, beside their JSON error. */
class RetryLaterMapperTest {
  private final ErrorResponses responses = new ErrorResponses(new MetricRegistry());

  @Test
  void discordRateLimitIsA503WithRetryAfterRoundedUp() {
    Response response =
        new DomainMappers.DiscordRateLimitedMapper(responses)
            .toResponse(new DiscordRateLimitedException(Duration.ofMillis(1_500)));

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("2");
    assertThat(((ApiError) response.getEntity()).code()).isEqualTo("discord_rate_limited");
  }

  @Test
  void tooManyRequestsIsA429WithRetryAfterOfAtLeastOneSecond() {
    Response response =
        new DomainMappers.TooManyRequestsMapper(responses)
            .toResponse(new TooManyRequestsException("Slow down", Duration.ZERO));

    assertThat(response.getStatus()).isEqualTo(429);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
    assertThat(((ApiError) response.getEntity()).code()).isEqualTo("rate_limited");
    assertThat(((ApiError) response.getEntity()).message()).isEqualTo("Slow down");
  }
}
