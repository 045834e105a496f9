package dev.polly.api.fault;

import dev.polly.api.support.FakeDiscord;
import dev.polly.api.support.Http;
import dev.polly.api.support.Login;
import dev.polly.api.support.World;
import java.util.ArrayList;
import java.util.List;

/** Logged-in load users for the fault tests: managers of G1 registered with the fake Discord. */
final class LoadUsers {
  private LoadUsers() {}

  /**
   * Registers {@code count} managers of G1 with the fake and logs each in; returns their tokens.
   */
  static List<String> logIn(FakeDiscord fake, Http http, String prefix, int count) {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tokens.add(Login.as(http, register(fake, prefix, i)));
    }
    return tokens;
  }

  /** Registers manager number {@code i} of G1 named by {@code prefix} with the fake. */
  static FakeDiscord.User register(FakeDiscord fake, String prefix, int i) {
    long id = 8_100_000_000_000_000L + prefix.hashCode() % 1000 * 1000L + i;
    FakeDiscord.User user =
        new FakeDiscord.User(
            prefix + "-code-" + i,
            prefix + "-token-" + i,
            id,
            prefix + i,
            "[{\"id\":\""
                + World.G1
                + "\",\"name\":\"Guild One\",\"icon\":null,\"permissions\":\"32\"}]");
    fake.addUser(user);
    fake.member(World.G1, id, World.G1_MANAGER_ROLE);
    return user;
  }
}
