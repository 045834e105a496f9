package dev.polly.api.support;

import dev.polly.api.ApiConfiguration;
import dev.polly.api.Backends;
import dev.polly.api.PollyApiApplication;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that gives a whole test class a running polly-api: the fake Discord of {@link
 * World} and one API instance on the JVM's PostgreSQL and Redis ({@link ApiApp}), or more instances
 * on the same three ({@link #andInstance}), or an app of the test's own making ({@link #of}: its
 * own database, port or mode). Started before the class's {@code @BeforeAll} methods, stopped after
 * the class: the instances in reverse order, then Discord. Register it on a static field:
 * {@code @RegisterExtension static final RunningApi API = new RunningApi();}.
 */
public final class RunningApi implements BeforeAllCallback, AfterAllCallback {
  private final Supplier<FakeDiscord> discordFactory;
  private final List<Function<FakeDiscord, DropwizardAppExtension<ApiConfiguration>>> instances =
      new ArrayList<>();
  private final List<DropwizardAppExtension<ApiConfiguration>> running = new ArrayList<>();
  private FakeDiscord discord;

  /** One {@link PollyApiApplication} on {@code test-config.yml} with these overrides. */
  public RunningApi(ConfigOverride... overrides) {
    this(PollyApiApplication.class, overrides);
  }

  /** One instance of {@code application} on {@code test-config.yml} with these overrides. */
  public RunningApi(Class<? extends PollyApiApplication> application, ConfigOverride... overrides) {
    this("test-config.yml", application, overrides);
  }

  /** One instance of {@code application} on the test resource {@code configResource}. */
  public RunningApi(
      String configResource,
      Class<? extends PollyApiApplication> application,
      ConfigOverride... overrides) {
    this(World::start, d -> ApiApp.create(configResource, d, application, overrides));
  }

  private RunningApi(
      Supplier<FakeDiscord> discord,
      Function<FakeDiscord, DropwizardAppExtension<ApiConfiguration>> app) {
    this.discordFactory = discord;
    instances.add(app);
  }

  /**
   * One instance built by {@code app} (unstarted, on the fake Discord it is given) for the tests
   * that need their own database, port or mode; {@code discord} starts the fake, e.g. {@code
   * World::start} or {@code FakeDiscord::empty}.
   */
  public static RunningApi of(
      Supplier<FakeDiscord> discord,
      Function<FakeDiscord, DropwizardAppExtension<ApiConfiguration>> app) {
    return new RunningApi(discord, app);
  }

  /**
   * Adds another {@link PollyApiApplication} on {@code test-config.yml} with these overrides, on
   * the same Discord, PostgreSQL and Redis; it is {@link #app(int) app(n)} in the order added.
   */
  public RunningApi andInstance(ConfigOverride... overrides) {
    instances.add(d -> ApiApp.create("test-config.yml", d, PollyApiApplication.class, overrides));
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    discord = discordFactory.get();
    for (Function<FakeDiscord, DropwizardAppExtension<ApiConfiguration>> instance : instances) {
      DropwizardAppExtension<ApiConfiguration> app = instance.apply(discord);
      app.before();
      running.add(app);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      for (int i = running.size() - 1; i >= 0; i--) {
        running.get(i).after();
      }
    } finally {
      running.clear();
      if (discord != null) {
        discord.close();
      }
    }
  }

  /** The fake Discord every instance talks to. */
  public FakeDiscord discord() {
    return discord;
  }

  /** The first (or only) instance. */
  public DropwizardAppExtension<ApiConfiguration> app() {
    return app(0);
  }

  /** Instance {@code n}, counted from 0 in the order they were added. */
  public DropwizardAppExtension<ApiConfiguration> app(int n) {
    return running.get(n);
  }

  /** A client of the first instance's application port. */
  public Http http() {
    return ApiApp.http(app());
  }

  /** A client of the first instance's admin port. */
  public Http admin() {
    return ApiApp.admin(app());
  }

  /** The first instance's stores and caches. */
  public Backends backends() {
    return ApiApp.backends(app());
  }

  /** The count of a counter or meter in the first instance's registry (0 when absent). */
  public long count(String name) {
    return ApiApp.count(app(), name);
  }
}
