package dev.polly.bot;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code bot} section of {@code config.yml}: its admin-only server, how often a poll message
 * may be edited ({@code editInterval}), the scheduler tick, optional sharding ({@code shards.total}
 * and {@code shards.ids}), the size of the interaction handler pool (JDA's event threads, which
 * acknowledge clicks and run commands), of the vote workers ({@code voteThreads}, which store votes
 * after the acknowledgement) and how many answers may be in flight ({@code answersInFlight}).
 */
public class BotSettings {
  /**
   * Threads storing votes after the click was acknowledged ({@code BOT_VOTE_THREADS}), sized with
   * {@code bench/bot.sh}: on 2 cores 4 and 8 kept 500 votes/s with acknowledgement p99 under 0.5 s
   * where 16 fell behind (more toggles at once take CPU from the acknowledgements); 8 rather than 4
   * leaves room for a slower PostgreSQL (8 in flight at 10 ms a toggle is 800 votes/s).
   */
  public static final int DEFAULT_VOTE_THREADS = 8;

  /**
   * Answers to clicks (edits of deferred replies) in flight to Discord at once ({@code
   * BOT_ANSWERS_IN_FLIGHT}); the rest wait in the bot so acknowledgements never queue behind them.
   * At 50 ms per edit, 32 in flight send 640 answers/s.
   */
  public static final int DEFAULT_ANSWERS_IN_FLIGHT = 32;

  @Valid @NotNull private ServerFactory server = adminOnlyServer(8082);

  @NotNull
  @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
  @MaxDuration(value = 1, unit = TimeUnit.HOURS)
  private Duration editInterval = Duration.seconds(3);

  @NotNull
  @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
  @MaxDuration(value = 10, unit = TimeUnit.MINUTES)
  private Duration schedulerTick = Duration.seconds(5);

  @Valid @NotNull private ShardSettings shards = new ShardSettings();

  @Min(1)
  @Max(64)
  private int handlerThreads = 8;

  @Min(1)
  @Max(256)
  private int voteThreads = DEFAULT_VOTE_THREADS;

  @Min(1)
  @Max(256)
  private int answersInFlight = DEFAULT_ANSWERS_IN_FLIGHT;

  static ServerFactory adminOnlyServer(int adminPort) {
    DefaultServerFactory factory = new DefaultServerFactory();
    factory.setApplicationConnectors(List.of());
    HttpConnectorFactory admin = new HttpConnectorFactory();
    admin.setPort(adminPort);
    factory.setAdminConnectors(List.of(admin));
    return factory;
  }

  @JsonProperty
  public ServerFactory getServer() {
    return server;
  }

  @JsonProperty
  public void setServer(ServerFactory server) {
    this.server = server;
  }

  @JsonProperty
  public Duration getEditInterval() {
    return editInterval;
  }

  @JsonProperty
  public void setEditInterval(Duration editInterval) {
    this.editInterval = editInterval;
  }

  @JsonProperty
  public Duration getSchedulerTick() {
    return schedulerTick;
  }

  @JsonProperty
  public void setSchedulerTick(Duration schedulerTick) {
    this.schedulerTick = schedulerTick;
  }

  @JsonProperty
  public ShardSettings getShards() {
    return shards;
  }

  @JsonProperty
  public void setShards(ShardSettings shards) {
    this.shards = shards;
  }

  @JsonProperty
  public int getHandlerThreads() {
    return handlerThreads;
  }

  @JsonProperty
  public void setHandlerThreads(int handlerThreads) {
    this.handlerThreads = handlerThreads;
  }

  @JsonProperty
  public int getVoteThreads() {
    return voteThreads;
  }

  @JsonProperty
  public void setVoteThreads(int voteThreads) {
    this.voteThreads = voteThreads;
  }

  @JsonProperty
  public int getAnswersInFlight() {
    return answersInFlight;
  }

  @JsonProperty
  public void setAnswersInFlight(int answersInFlight) {
    this.answersInFlight = answersInFlight;
  }
}
