package dev.polly.common.config;

import io.dropwizard.core.Application;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import net.sourceforge.argparse4j.inf.Namespace;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * {@code redis-check config.yml}: the operator's first tool when the cache misbehaves. Builds the
 * Redis services exactly as the application does and prints one {@code PASS}/{@code FAIL} line per
 * step: the connection; SET, GET, TTL and DEL; a round trip through a cache region; the {@code
 * redis} health check. Stops at the first failure with a non-zero exit. Usable by any application
 * whose configuration extends {@link PollyConfiguration}.
 */
public class RedisCheckCommand<T extends PollyConfiguration> extends ConfiguredCommand<T> {
  private final Application<T> application;
  private final PrintStream out;

  public RedisCheckCommand(Application<T> application) {
    this(application, System.out);
  }

  RedisCheckCommand(Application<T> application, PrintStream out) {
    super("redis-check", "Checks the Redis connection, commands, a cache region and health");
    this.application = application;
    this.out = out;
  }

  @Override
  protected Class<T> getConfigurationClass() {
    return application.getConfigurationClass();
  }

  @Override
  protected void run(Bootstrap<T> bootstrap, Namespace namespace, T config) throws Exception {
    Environment env =
        new Environment(
            bootstrap.getApplication().getName(),
            bootstrap.getObjectMapper(),
            bootstrap.getValidatorFactory(),
            bootstrap.getMetricRegistry(),
            bootstrap.getClassLoader(),
            bootstrap.getHealthCheckRegistry(),
            config);
    out.println("redis-check " + config.getRedis());
    RedisServices redis = RedisServices.build(env, config, "redis-check");
    try {
      new RedisChecks(redis, env, out, "polly:v1:redis-check:" + UUID.randomUUID())
          .runAll(Duration.ofSeconds(30));
      out.println("redis-check: all steps passed");
    } finally {
      List<LifeCycle> managed = new ArrayList<>(env.lifecycle().getManagedObjects());
      Collections.reverse(managed);
      for (LifeCycle lifeCycle : managed) {
        lifeCycle.stop();
      }
    }
  }
}
