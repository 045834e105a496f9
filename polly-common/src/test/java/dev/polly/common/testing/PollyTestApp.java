package dev.polly.common.testing;

import com.codahale.metrics.annotation.Timed;
import dev.polly.common.config.PollyConfiguration;
import dev.polly.common.config.RedisCheckCommand;
import dev.polly.common.config.RedisServices;
import dev.polly.common.metrics.PrometheusEndpoint;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A minimal application wired like polly-api and polly-bot ({@code RedisServices.build}, {@code
 * PrometheusEndpoint}, {@code redis-check}), plus one {@code @Timed} resource that reads through
 * the {@code user_prefs} region, for HTTP-level tests of the cache plumbing.
 */
public class PollyTestApp extends Application<PollyTestApp.Config> {
  /** The configuration: only the shared sections. */
  public static class Config extends PollyConfiguration {}

  private RedisServices redis;

  @Override
  public void initialize(Bootstrap<Config> bootstrap) {
    bootstrap.addCommand(new RedisCheckCommand<>(this));
  }

  @Override
  public void run(Config config, Environment environment) {
    redis = RedisServices.build(environment, config, "polly-test-app");
    new PrometheusEndpoint(environment.metrics()).register(environment.admin());
    environment.jersey().register(new PrefsResource(redis));
  }

  public RedisServices redis() {
    return redis;
  }

  /** Reads a user's (fake) preferences through the cache. */
  @Path("/prefs/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public static class PrefsResource {
    private final RedisServices redis;

    PrefsResource(RedisServices redis) {
      this.redis = redis;
    }

    @GET
    @Timed
    public dev.polly.common.domain.UserPreferences get(@PathParam("id") long id) {
      return redis
          .caches()
          .userPrefs()
          .get(Long.toString(id), () -> dev.polly.common.domain.UserPreferences.empty(id));
    }
  }
}
