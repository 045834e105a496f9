package dev.polly.common.persistence;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.polly.common.dev.EmbeddedPostgresServer;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL settings ({@code DATABASE_URL}, {@code DATABASE_USER}, {@code DATABASE_PASSWORD}) and
 * the factory of the {@link Database}. {@link #build} connects to the configured server, or, when
 * {@code url} is empty, starts an embedded PostgreSQL whose data lives in {@code embeddedDataDir}
 * and survives restarts (development only). It then runs the Flyway migrations when {@code
 * migrateOnStart}, and builds the pooled, instrumented {@link Jdbi} through Dropwizard's {@link
 * JdbiFactory}, which registers the pool as {@code Managed} and the {@code database} health check.
 */
public class DatabaseFactory {
  /** Name of the health check and prefix of the pool's metrics. */
  public static final String HEALTH_CHECK_NAME = "database";

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseFactory.class);

  @NotNull private String url = "";
  @NotNull private String user = "polly";
  @NotNull private String password = "";
  private boolean migrateOnStart = true;
  @NotBlank private String embeddedDataDir = "./.polly/pg";

  @Min(0)
  @Max(1000)
  private int minSize = 2;

  @Min(1)
  @Max(1000)
  private int maxSize = 16;

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
  @MaxDuration(value = 1, unit = TimeUnit.MINUTES)
  private Duration maxWaitForConnection = Duration.seconds(2);

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  @MaxDuration(value = 5, unit = TimeUnit.MINUTES)
  private Duration connectTimeout = Duration.seconds(3);

  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  @MaxDuration(value = 1, unit = TimeUnit.MINUTES)
  private Duration healthCheckTimeout = Duration.seconds(2);

  /** Longest wait for any one reply from the server; bounds a hung server, not a slow query. */
  @NotNull
  @MinDuration(value = 1, unit = TimeUnit.SECONDS)
  @MaxDuration(value = 1, unit = TimeUnit.HOURS)
  private Duration socketTimeout = Duration.seconds(30);

  /**
   * Connects (starting the embedded server when {@code url} is empty), migrates when configured,
   * and returns the DAOs. The embedded server is started here, synchronously, because migrations
   * run before the lifecycle starts; it is registered to stop after the pool.
   */
  public Database build(Environment environment) {
    DatabaseUrl target = connectionTarget(environment);
    if (migrateOnStart) {
      MigrateResult result =
          SchemaMigrator.migrate(target.jdbcUrl(), target.user(), target.password());
      LOG.info(
          "Database schema at version {} ({} migration(s) applied)",
          result.targetSchemaVersion == null
              ? result.initialSchemaVersion
              : result.targetSchemaVersion,
          result.migrationsExecuted);
    }
    Jdbi jdbi = new JdbiFactory().build(environment, dataSourceFactory(target), HEALTH_CHECK_NAME);
    return Database.attach(jdbi);
  }

  /** The configured server, or a freshly started embedded one registered for stop. */
  DatabaseUrl connectionTarget(Environment environment) {
    if (!url.isBlank()) {
      return DatabaseUrl.resolve(url, user, password);
    }
    EmbeddedPostgresServer server = startEmbedded();
    environment.lifecycle().manage(server);
    return new DatabaseUrl(server.jdbcUrl(), server.user(), server.password());
  }

  /**
   * Starts the embedded server (or attaches to the one the other Polly process started on the same
   * data directory) and logs the one line that says it is in use.
   */
  public EmbeddedPostgresServer startEmbedded() {
    EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(Path.of(embeddedDataDir));
    if (server.adopted()) {
      LOG.warn(
          "Embedded PostgreSQL at {} on port {} was left running by a Polly process that exited"
              + " without stopping it; this process took it over and stops it on exit",
          server.dataDirectory(),
          server.port());
    }
    LOG.info(
        "Using embedded PostgreSQL at {} on port {}{} (DATABASE_URL not set; server log {})",
        server.dataDirectory(),
        server.port(),
        server.owned() ? "" : ", started by another Polly process",
        EmbeddedPostgresServer.logFile(server.dataDirectory()));
    return server;
  }

  /** Dropwizard's pool settings for {@code target}, with Polly's timeouts and validation. */
  public DataSourceFactory dataSourceFactory(DatabaseUrl target) {
    DataSourceFactory factory = new DataSourceFactory();
    factory.setDriverClass("org.postgresql.Driver");
    factory.setUrl(target.jdbcUrl());
    factory.setUser(target.user());
    factory.setPassword(target.password());
    factory.setMinSize(minSize);
    factory.setInitialSize(minSize);
    factory.setMaxSize(maxSize);
    factory.setMaxWaitForConnection(maxWaitForConnection);
    factory.setValidationQueryTimeout(healthCheckTimeout);
    factory.setCheckConnectionOnBorrow(true);
    factory.setValidationInterval(Duration.seconds(1));
    factory.setProperties(
        Map.of(
            "connectTimeout", Long.toString(connectTimeout.toSeconds()),
            "loginTimeout", Long.toString(connectTimeout.toSeconds()),
            "socketTimeout", Long.toString(socketTimeout.toSeconds()),
            "ApplicationName", "polly"));
    return factory;
  }

  @ValidationMethod(message = "database.maxSize must be at least database.minSize")
  public boolean isPoolSizeConsistent() {
    return maxSize >= minSize;
  }

  @JsonProperty
  public String getUrl() {
    return url;
  }

  @JsonProperty
  public void setUrl(String url) {
    this.url = url;
  }

  @JsonProperty
  public String getUser() {
    return user;
  }

  @JsonProperty
  public void setUser(String user) {
    this.user = user;
  }

  @JsonProperty
  public String getPassword() {
    return password;
  }

  @JsonProperty
  public void setPassword(String password) {
    this.password = password;
  }

  @JsonProperty
  public boolean isMigrateOnStart() {
    return migrateOnStart;
  }

  @JsonProperty
  public void setMigrateOnStart(boolean migrateOnStart) {
    this.migrateOnStart = migrateOnStart;
  }

  @JsonProperty
  public String getEmbeddedDataDir() {
    return embeddedDataDir;
  }

  @JsonProperty
  public void setEmbeddedDataDir(String embeddedDataDir) {
    this.embeddedDataDir = embeddedDataDir;
  }

  @JsonProperty
  public int getMinSize() {
    return minSize;
  }

  @JsonProperty
  public void setMinSize(int minSize) {
    this.minSize = minSize;
  }

  @JsonProperty
  public int getMaxSize() {
    return maxSize;
  }

  @JsonProperty
  public void setMaxSize(int maxSize) {
    this.maxSize = maxSize;
  }

  @JsonProperty
  public Duration getMaxWaitForConnection() {
    return maxWaitForConnection;
  }

  @JsonProperty
  public void setMaxWaitForConnection(Duration maxWaitForConnection) {
    this.maxWaitForConnection = maxWaitForConnection;
  }

  @JsonProperty
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  @JsonProperty
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  @JsonProperty
  public Duration getHealthCheckTimeout() {
    return healthCheckTimeout;
  }

  @JsonProperty
  public void setHealthCheckTimeout(Duration healthCheckTimeout) {
    this.healthCheckTimeout = healthCheckTimeout;
  }

  @JsonProperty
  public Duration getSocketTimeout() {
    return socketTimeout;
  }

  @JsonProperty
  public void setSocketTimeout(Duration socketTimeout) {
    this.socketTimeout = socketTimeout;
  }

  @Override
  public String toString() {
    return "DatabaseFactory[url="
        + (url.isBlank() ? "(embedded)" : DatabaseUrl.mask(url))
        + ", user="
        + user
        + ", password=***, migrateOnStart="
        + migrateOnStart
        + ", embeddedDataDir="
        + embeddedDataDir
        + ", pool="
        + minSize
        + ".."
        + maxSize
        + "]";
  }
}
