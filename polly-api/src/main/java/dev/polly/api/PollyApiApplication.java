package dev.polly.api;

import dev.polly.common.persistence.Database;
import dev.polly.common.persistence.DbMigrateCommand;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
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

  @Override
  public void initialize(Bootstrap<ApiConfiguration> bootstrap) {
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    bootstrap.addCommand(new DbMigrateCommand<>(ApiConfiguration.class));
  }

  @Override
  public void run(ApiConfiguration config, Environment environment) {
    backends = buildBackends(config, environment);
    ApiWiring.register(config, environment, backends, Clock.systemUTC());
  }

  /** PostgreSQL and Redis through polly-common's factories. */
  protected Backends buildBackends(ApiConfiguration config, Environment environment) {
    Database db = config.getDatabase().build(environment);
    throw new UnsupportedOperationException("WIP: Redis wiring arrives with the cache work " + db);
  }

  /** The backends built by {@link #run}, for tests and operator tooling; null before run. */
  public Backends backends() {
    return backends;
  }
}
