package dev.polly.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
  @Test
  void jdbcUrlIsKeptWithTheSeparateCredentials() {
    assertThat(DatabaseUrl.resolve(" jdbc:postgresql://db:5432/polly ", "app", "pw"))
        .isEqualTo(new DatabaseUrl("jdbc:postgresql://db:5432/polly", "app", "pw"));
  }

  @Test
  void platformStyleUrlBecomesJdbcAndItsCredentialsWin() {
    assertThat(
            DatabaseUrl.resolve(
                "postgres://u%40x:p%3Aw@db.example:6543/polly?sslmode=require", "app", "pw"))
        .isEqualTo(
            new DatabaseUrl(
                "jdbc:postgresql://db.example:6543/polly?sslmode=require", "u@x", "p:w"));
    assertThat(DatabaseUrl.resolve("postgresql://db/polly", "app", "pw"))
        .isEqualTo(new DatabaseUrl("jdbc:postgresql://db/polly", "app", "pw"));
  }

  @Test
  void maskedFormHidesPasswords() {
    DatabaseUrl url =
        new DatabaseUrl(
            "jdbc:postgresql://db/polly?user=a&password=secret&ssl=true", "a", "secret");

    assertThat(url.masked()).isEqualTo("jdbc:postgresql://db/polly?user=a&password=***&ssl=true");
    assertThat(url.toString()).doesNotContain("secret");
    assertThat(DatabaseUrl.mask("postgres://app:secret@db/polly"))
        .isEqualTo("postgres://app:***@db/polly");
  }
}
