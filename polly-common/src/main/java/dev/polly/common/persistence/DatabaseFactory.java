package dev.polly.common.persistence;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/**
 * PostgreSQL connection settings ({@code DATABASE_URL}, {@code DATABASE_USER}, {@code
 * DATABASE_PASSWORD}). An empty URL starts an embedded PostgreSQL for development.
 *
 * <p>SKELETON: the persistence work adds pool settings, the embedded server, Flyway and {@code
 * build(Environment)}.
 */
public class DatabaseFactory {
  @NotNull private String url = "";
  @NotNull private String user = "polly";
  @NotNull private String password = "";
  private boolean migrateOnStart = true;

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
}
