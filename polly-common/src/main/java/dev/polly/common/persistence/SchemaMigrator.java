package dev.polly.common.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations in {@code classpath:db/migration} to one database. Used at startup
 * (when {@code database.migrateOnStart}), by the {@code db migrate} command and by tests.
 */
public final class SchemaMigrator {
  /** Where the SQL migrations live on the classpath. */
  public static final String LOCATION = "classpath:db/migration";

  private SchemaMigrator() {}

  /** Migrates the database to the latest version; returns what Flyway did. */
  public static MigrateResult migrate(String jdbcUrl, String user, String password) {
    return Flyway.configure()
        .dataSource(jdbcUrl, user, password)
        .locations(LOCATION)
        .load()
        .migrate();
  }
}
