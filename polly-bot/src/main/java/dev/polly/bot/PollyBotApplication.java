package dev.polly.bot;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;

/** The JDA worker; {@link #run} is its composition root. It serves only the admin port. */
public class PollyBotApplication extends Application<BotConfiguration> {

  public static void main(String[] args) throws Exception {
    new PollyBotApplication().run(args);
  }

  @Override
  public String getName() {
    return "polly-bot";
  }

  @Override
  public void initialize(Bootstrap<BotConfiguration> bootstrap) {
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
  }

  @Override
  public void run(BotConfiguration config, Environment environment) {
    // SKELETON: JDA and features arrive with the bot work.
  }
}
