package dev.polly.bot.fake;

import java.util.List;

/** A guild member who sends interactions; {@code manager} grants Manage Server. */
public record FakeMember(long userId, List<Long> roleIds, boolean manager) {
  public FakeMember {
    roleIds = List.copyOf(roleIds);
  }

  public static FakeMember voter(long userId) {
    return new FakeMember(userId, List.of(), false);
  }

  public static FakeMember manager(long userId) {
    return new FakeMember(userId, List.of(), true);
  }

  public FakeMember withRole(long roleId) {
    List<Long> roles = new java.util.ArrayList<>(roleIds);
    roles.add(roleId);
    return new FakeMember(userId, roles, manager);
  }
}
