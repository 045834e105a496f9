package dev.polly.bot.fake;

import static dev.polly.bot.fake.Json.obj;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds INTERACTION_CREATE payloads (slash command, button, string select, modal submit) as JDA
 * 6.5.0 parses them. Each payload gets a fresh interaction id, a snowflake of the current time as
 * Discord's are (JDA refuses to answer through the interaction hook once the id is 15 minutes old),
 * increasing from one call to the next; its token is {@code tok-<id>}.
 */
public final class Interactions {
  private static final long DISCORD_EPOCH = 1_420_070_400_000L;

  private final AtomicLong ids = new AtomicLong();
  private final long applicationId;

  Interactions(long applicationId) {
    this.applicationId = applicationId;
  }

  public long nextId() {
    long now = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
    return ids.updateAndGet(last -> Math.max(last + 1, now));
  }

  /** {@code /<command> <subcommand> options...}; option values are strings, longs or booleans. */
  public Map<String, Object> slash(
      FakeGuild guild,
      FakeMember member,
      String command,
      String subcommand,
      Map<String, Object> options) {
    List<Object> opts = new ArrayList<>();
    options.forEach(
        (name, value) ->
            opts.add(obj("name", name, "type", typeOf(value), "value", valueOf(value))));
    Map<String, Object> data =
        obj(
            "id",
            "777",
            "name",
            command,
            "type",
            1,
            "options",
            List.of(obj("name", subcommand, "type", 1, "options", opts)));
    return base(guild, member, 2, data);
  }

  public Map<String, Object> button(
      FakeGuild guild, FakeMember member, String customId, long messageId) {
    Map<String, Object> payload =
        base(guild, member, 3, obj("custom_id", customId, "component_type", 2));
    payload.put("message", obj("id", Long.toString(messageId), "flags", 0));
    return payload;
  }

  public Map<String, Object> select(
      FakeGuild guild, FakeMember member, String customId, List<String> values, long messageId) {
    Map<String, Object> payload =
        base(guild, member, 3, obj("custom_id", customId, "component_type", 3, "values", values));
    payload.put("message", obj("id", Long.toString(messageId), "flags", 0));
    return payload;
  }

  /** A modal submit whose text inputs (custom id → value) are each wrapped in a label. */
  public Map<String, Object> modal(
      FakeGuild guild, FakeMember member, String customId, Map<String, String> fields) {
    List<Object> components = new ArrayList<>();
    int[] uid = {1};
    fields.forEach(
        (id, value) ->
            components.add(
                obj(
                    "type",
                    18,
                    "id",
                    uid[0]++,
                    "component",
                    obj("type", 4, "id", uid[0]++, "custom_id", id, "value", value))));
    return base(guild, member, 5, obj("custom_id", customId, "components", components));
  }

  private Map<String, Object> base(
      FakeGuild guild, FakeMember member, int type, Map<String, Object> data) {
    long id = nextId();
    List<String> roles = member.roleIds().stream().map(String::valueOf).toList();
    if (member.manager()) {
      roles = new ArrayList<>(roles);
      roles.add(Long.toString(guild.managerRoleId()));
    }
    return obj(
        "id", Long.toString(id),
        "application_id", Long.toString(applicationId),
        "type", type,
        "version", 1,
        "token", "tok-" + id,
        "locale", "en-US",
        "guild_locale", "en-US",
        "context", 0,
        "authorizing_integration_owners", obj("0", Long.toString(guild.id())),
        "app_permissions", "8",
        "entitlements", List.of(),
        "channel_id", Long.toString(guild.channelId()),
        "channel", guild.channel(guild.channelId(), "polls", 0),
        "guild_id", Long.toString(guild.id()),
        "guild", obj("id", Long.toString(guild.id()), "locale", "en-US", "features", List.of()),
        "member",
            obj(
                "user",
                FakeGuild.user(member.userId()),
                "roles",
                roles,
                "joined_at",
                FakeGuild.JOINED_AT,
                "permissions",
                member.manager() ? FakeGuild.MANAGER_PERMISSIONS : FakeGuild.EVERYONE_PERMISSIONS,
                "deaf",
                false,
                "mute",
                false,
                "flags",
                0),
        "data", data);
  }

  /** A role option value (option type 8). */
  public record RoleRef(long id) {}

  private static Object valueOf(Object value) {
    if (value instanceof RoleRef role) {
      return Long.toString(role.id());
    }
    return value instanceof Long l ? Long.toString(l) : value;
  }

  private static int typeOf(Object value) {
    if (value instanceof RoleRef) {
      return 8;
    }
    if (value instanceof Boolean) {
      return 5;
    }
    if (value instanceof Integer) {
      return 4;
    }
    return 3;
  }
}
