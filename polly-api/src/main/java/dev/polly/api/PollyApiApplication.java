package dev.polly.api;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;

/** The REST service for the web dashboard; {@link #run} is its composition root. */
public class PollyApiApplication extends Application<ApiConfiguration> {

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
  }

  @Override
  public void run(ApiConfiguration config, Environment environment) {
    // SKELETON: wiring arrives with the persistence, cache and API work.
  }
}
