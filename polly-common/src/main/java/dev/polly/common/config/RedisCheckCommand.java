package dev.polly.common.config;

import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import net.sourceforge.argparse4j.inf.Namespace;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * {@code redis-check config.yml}: the operator's first tool when the cache misbehaves. Builds the
 * Redis services exactly as the application does and prints one {@code PASS}/{@code FAIL} line per
 * step: the connection; SET, GET, TTL and DEL; a round trip through a cache region; the {@code
 * redis} health check. Stops at the first failure. A {@code FAIL} line names the address and the
 * cause, never the password.
 *
 * <p>Exit: the managed objects the services registered (Redis client, background probes, an
 * embedded Redis) are started like a server starts them and always stopped in reverse order, so no
 * non-daemon thread outlives the command: the JVM exits 0 after "all steps passed", and 1 (through
 * Dropwizard's fatal-error exit) after a {@code FAIL} line or a configuration error, which prints
 * one line per problem and no stack trace. Usable by any application whose configuration extends
 * {@link PollyConfiguration}.
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
    Deque<LifeCycle> started = new ArrayDeque<>();
    try {
      RedisServices redis = RedisServices.build(env, config, "redis-check");
      for (LifeCycle managed : env.lifecycle().getManagedObjects()) {
        managed.start();
        started.push(managed);
      }
      new RedisChecks(redis, env, out, "polly:v1:redis-check:" + UUID.randomUUID())
          .runAll(Duration.ofSeconds(30));
      out.println("redis-check: all steps passed");
    } finally {
      stopAll(started);
    }
  }

  /** A failed step has printed its FAIL line already; a configuration error gets one line each. */
  @Override
  public void onError(Cli cli, Namespace namespace, Throwable e) {
    if (e instanceof RedisChecks.CheckFailed) {
      cli.getStdErr().println("redis-check: failed");
    } else if (!ConfigErrors.report(cli, namespace, e)) {
      super.onError(cli, namespace, e);
    }
  }

  /** Stops what was started, last first; one failing stop does not keep the others running. */
  private void stopAll(Deque<LifeCycle> started) {
    while (!started.isEmpty()) {
      LifeCycle managed = started.pop();
      try {
        managed.stop();
      } catch (Exception e) {
        out.println("redis-check: could not stop " + managed + ": " + e);
      }
    }
  }
}
