package dev.polly.common.persistence;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations in {@code classpath:db/migration} to one database. Used at startup
 * (when {@code database.migrateOnStart}), by the {@code db migrate} command and by tests.
 *
 * <p>Flyway refuses to start when an applied migration's checksum changed. Migrations V1 and V3 had
 * only a comment line rewritten after release; {@link #REWORDED} lists, for each, the checksum of
 * the released file and of today's. A database that recorded exactly the released checksum is moved
 * to today's before migrating, and nothing else is ever realigned.
 */
public final class SchemaMigrator {
  /** Where the SQL migrations live on the classpath. */
  public static final String LOCATION = "classpath:db/migration";

  /** Version → {released checksum, current checksum} of migrations whose comments were reworded. */
  static final Map<String, int[]> REWORDED =
      Map.of("1", new int[] {1875315694, -1190988682}, "3", new int[] {1443617011, 593525856});

  private SchemaMigrator() {}

  /** Migrates the database to the latest version; returns what Flyway did. */
  public static MigrateResult migrate(String jdbcUrl, String user, String password) {
    Flyway flyway =
        Flyway.configure().dataSource(jdbcUrl, user, password).locations(LOCATION).load();
    realignReworded(flyway);
    return flyway.migrate();
  }

  private static void realignReworded(Flyway flyway) {
    try (var connection = flyway.getConfiguration().getDataSource().getConnection()) {
      try (var tables =
          connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
        if (!tables.next()) {
          return;
        }
      }
      try (var update =
          connection.prepareStatement(
              "UPDATE flyway_schema_history SET checksum = ? WHERE version = ? AND checksum = ?")) {
        for (Map.Entry<String, int[]> entry : REWORDED.entrySet()) {
          update.setInt(1, entry.getValue()[1]);
          update.setString(2, entry.getKey());
          update.setInt(3, entry.getValue()[0]);
          update.executeUpdate();
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not read the schema history: " + e.getMessage(), e);
    }
  }
}
