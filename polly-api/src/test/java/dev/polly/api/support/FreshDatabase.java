package dev.polly.api.support;

import dev.polly.common.testing.TestPostgres;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A new, empty database on the JVM's test PostgreSQL server, for tests that must see exactly what
 * one application start wrote (the shared database collects rows from every test class).
 */
public final class FreshDatabase {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private FreshDatabase() {}

  /** Creates {@code <prefix>_<n>_<pid>} and returns its JDBC URL; the app migrates it. */
  public static String create(String prefix) {
    String name = prefix + "_" + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid();
    TestPostgres postgres = TestPostgres.get();
    postgres.jdbi().useHandle(h -> h.execute("DROP DATABASE IF EXISTS " + name));
    postgres.jdbi().useHandle(h -> h.execute("CREATE DATABASE " + name));
    return postgres.jdbcUrl().replaceFirst("/postgres$", "/" + name);
  }
}
