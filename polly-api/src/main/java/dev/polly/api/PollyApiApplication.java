package dev.polly.api;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.polly.api.auth.CaseSensitiveHeaderCache;
import dev.polly.api.demo.DemoMode;
import dev.polly.api.web.DashboardAssets;
import dev.polly.api.web.DashboardUrlLogger;
import dev.polly.common.config.AccessLogStatus;
import dev.polly.common.config.DbMigrateCommand;
import dev.polly.common.config.RedisCheckCommand;
import dev.polly.common.config.RedisServices;
import dev.polly.common.config.ReportingServerCommand;
import dev.polly.common.metrics.PrometheusEndpoint;
import dev.polly.common.persistence.Database;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;

/** The REST service for the web dashboard; {@link #run} is its composition root. */
public class PollyApiApplication extends Application<ApiConfiguration> {
  private Backends backends;

  public static void main(String[] args) throws Exception {
    new PollyApiApplication().run(args);
  }

  @Override
  public String getName() {
    return "polly-api";
  }

  /** {@code server} reports a bad configuration one line per problem, naming the variable. */
  @Override
  protected void addDefaultCommands(Bootstrap<ApiConfiguration> bootstrap) {
    bootstrap.addCommand(new ReportingServerCommand<>(this));
    bootstrap.addCommand(new CheckCommand<>(this));
  }

  @Override
  public void initialize(Bootstrap<ApiConfiguration> bootstrap) {
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    // The dashboard reads ISO-8601 instants ("2026-11-26T15:49:13Z"), never epoch numbers.
    bootstrap.getObjectMapper().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    bootstrap.addCommand(new DbMigrateCommand<>(ApiConfiguration.class));
    bootstrap.addCommand(new RedisCheckCommand<>(this));
  }

  @Override
  public void run(ApiConfiguration config, Environment environment) {
    if (config.getApi().isDemo()) {
      DemoMode.bindLoopback(config.getServerFactory());
    }
    backends = buildBackends(config, environment);
    ApiWiring.register(config, environment, backends, clock());
    DashboardAssets.register(environment);
    environment.lifecycle().addServerLifecycleListener(new CaseSensitiveHeaderCache());
    environment
        .lifecycle()
        .addServerLifecycleListener(new DashboardUrlLogger(config.getApi().isDemo()));
    environment.lifecycle().addEventListener(new AccessLogStatus());
  }

  /**
   * PostgreSQL and Redis through polly-common's factories (each registers its health check and
   * {@code Managed} objects), plus the Prometheus endpoint on the admin port.
   */
  protected Backends buildBackends(ApiConfiguration config, Environment environment) {
    Database db = config.getDatabase().build(environment);
    RedisServices redis = RedisServices.build(environment, config, getName());
    new PrometheusEndpoint(environment.metrics()).register(environment.admin());
    return new Backends(
        db.jdbi(),
        db.polls(),
        db.votes(),
        db.preferences(),
        db.sessions(),
        redis.caches(),
        redis.events(),
        redis.probe(),
        redis.rateLimiters(),
        redis.stores());
  }

  /** The clock every service reads the time from; tests substitute one they control. */
  protected Clock clock() {
    return Clock.systemUTC();
  }

  /** The backends built by {@link #run}, for tests and operator tooling; null before run. */
  public Backends backends() {
    return backends;
  }
}
