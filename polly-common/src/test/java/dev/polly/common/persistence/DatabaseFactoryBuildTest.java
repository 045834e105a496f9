package dev.polly.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.health.HealthCheck;
import dev.polly.common.domain.UserPreferences;
import dev.polly.common.testing.TestPostgres;
import io.dropwizard.core.setup.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jetty.util.component.LifeCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DatabaseFactory#build} with a configured URL and with the embedded server. */
class DatabaseFactoryBuildTest {
  private final List<Environment> environments = new ArrayList<>();

  @AfterEach
  void stopEverything() throws Exception {
    for (Environment environment : environments) {
      stop(environment);
    }
  }

  @Test
  void configuredUrlGivesWorkingDaosAndAHealthyDatabaseCheck() throws Exception {
    TestPostgres postgres = TestPostgres.get();
    DatabaseFactory factory = new DatabaseFactory();
    factory.setUrl(postgres.jdbcUrl());
    factory.setUser(postgres.user());
    factory.setPassword(postgres.password());
    Environment environment = start(new Environment("build-test"), factory);

    Database database = factory.build(environment);
    start(environment);

    assertThat(environment.healthChecks().getNames()).contains("database");
    HealthCheck.Result health = environment.healthChecks().runHealthCheck("database");
    assertThat(health.isHealthy()).isTrue();
    assertThat(database.preferences().find(-1)).isEmpty();
    assertThat(environment.metrics().getTimers().keySet())
        .as("JdbiFactory times every DAO statement")
        .anyMatch(name -> name.contains("UserPreferencesDao.find"));
  }

  @Test
  void embeddedPostgresKeepsItsDataAcrossRestarts(@TempDir Path tmp) throws Exception {
    Path dataDir = tmp.resolve("pg");
    DatabaseFactory factory = new DatabaseFactory();
    factory.setEmbeddedDataDir(dataDir.toString());

    Environment first = start(new Environment("first"), factory);
    Database database = factory.build(first);
    start(first);
    database.preferences().upsert(new UserPreferences(77, 1L, 2L, 3L, "UTC", null));
    stop(first);
    environments.remove(first);

    Environment second = start(new Environment("second"), factory);
    Database reopened = factory.build(second);
    start(second);

    assertThat(reopened.preferences().find(77)).map(UserPreferences::timezone).contains("UTC");
    assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();
  }

  private Environment start(Environment environment, DatabaseFactory factory) {
    environments.add(environment);
    return environment;
  }

  private static void start(Environment environment) throws Exception {
    for (LifeCycle managed : environment.lifecycle().getManagedObjects()) {
      managed.start();
    }
  }

  /** Stops in reverse registration order, as Jetty does: the pool before the server. */
  private static void stop(Environment environment) throws Exception {
    List<LifeCycle> managed = new ArrayList<>(environment.lifecycle().getManagedObjects());
    Collections.reverse(managed);
    for (LifeCycle lifeCycle : managed) {
      lifeCycle.stop();
    }
  }
}
