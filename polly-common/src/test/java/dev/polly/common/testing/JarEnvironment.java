package dev.polly.common.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * The environment an operator gives a shipped jar in production: the shared test PostgreSQL and a
 * password-protected Redis, plus whatever the test adds (ports, Discord addresses).
 */
public final class JarEnvironment {
  private final Map<String, String> env = new HashMap<>();

  private JarEnvironment() {}

  /** {@code DATABASE_URL}, {@code DATABASE_USER} and {@code REDIS_HOST/PORT/PASSWORD}. */
  public static JarEnvironment production(TestPostgres pg, PasswordRedis redis) {
    return new JarEnvironment()
        .with("DATABASE_URL", pg.jdbcUrl())
        .with("DATABASE_USER", pg.user())
        .with("REDIS_HOST", redis.host())
        .with("REDIS_PORT", Integer.toString(redis.port()))
        .with("REDIS_PASSWORD", redis.password());
  }

  /** Adds or replaces one variable. */
  public JarEnvironment with(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Adds or replaces one variable holding a port number. */
  public JarEnvironment with(String name, int port) {
    return with(name, Integer.toString(port));
  }

  /** The variables, for {@link ShippedJar#start}. */
  public Map<String, String> toMap() {
    return Map.copyOf(env);
  }
}
