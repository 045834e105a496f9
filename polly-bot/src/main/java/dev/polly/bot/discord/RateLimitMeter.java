package dev.polly.bot.discord;

import com.codahale.metrics.Meter;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Counts every 429 Discord answers in {@code polly.bot.rate_limited}. JDA's own rate limiter reads
 * the {@code Retry-After} header and retries; this interceptor only observes.
 */
final class RateLimitMeter implements Interceptor {
  private final Meter rateLimited;

  RateLimitMeter(Meter rateLimited) {
    this.rateLimited = rateLimited;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() == 429) {
      rateLimited.mark();
    }
    return response;
  }
}
