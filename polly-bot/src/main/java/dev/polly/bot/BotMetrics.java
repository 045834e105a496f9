package dev.polly.bot;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;

/**
 * The bot's own metrics, registered once in the composition root: meters {@code polly.bot.votes},
 * {@code polly.bot.message_edits}, {@code polly.bot.rate_limited} and the timer {@code
 * polly.bot.scheduler.lag} (how late a due open or close ran).
 */
public record BotMetrics(Meter votes, Meter messageEdits, Meter rateLimited, Timer schedulerLag) {

  public static BotMetrics register(MetricRegistry registry) {
    return new BotMetrics(
        registry.meter("polly.bot.votes"),
        registry.meter("polly.bot.message_edits"),
        registry.meter("polly.bot.rate_limited"),
        registry.timer("polly.bot.scheduler.lag"));
  }
}
