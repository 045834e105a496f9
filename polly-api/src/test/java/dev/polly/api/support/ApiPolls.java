package dev.polly.api.support;

import static org.assertj.core.api.Assertions.assertThat;

/** Polls created through the API, for tests that need one to act on. */
public final class ApiPolls {
  private ApiPolls() {}

  /**
   * POSTs {@code body} to {@code /api/polls} as the session {@code token}; asserts the 201 and
   * returns the new poll's id.
   */
  public static long create(Http http, String token, String body) {
    Http.Resp created = http.json("POST", "/api/polls", token, body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asLong();
  }

  /** Creates the poll of {@link World#pollJson(String, boolean, boolean)}; its id. */
  public static long create(
      Http http, String token, String title, boolean anonymous, boolean hideResults) {
    return create(http, token, World.pollJson(title, anonymous, hideResults));
  }
}
