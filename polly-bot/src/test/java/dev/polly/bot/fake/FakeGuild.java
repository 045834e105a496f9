package dev.polly.bot.fake;

import static dev.polly.bot.fake.Json.obj;

import java.util.List;
import java.util.Map;

/**
 * The one guild the fake Discord serves: its ids and the gateway payloads that describe it
 * (GUILD_CREATE) in the shape JDA 6.5.0 parses.
 */
public record FakeGuild(
    long id,
    long channelId,
    long botId,
    long managerRoleId,
    long pingRoleId,
    long allowedRoleId,
    long emojiId) {

  static final String EVERYONE_PERMISSIONS = Long.toString(1024 | 2048 | 16384 | 65536);
  static final String MANAGER_PERMISSIONS = Long.toString(32 | 1024 | 2048 | 16384 | 65536);
  static final String JOINED_AT = "2024-01-01T00:00:00.000000+00:00";

  public static FakeGuild standard(long botId) {
    return new FakeGuild(2000, 3000, botId, 4001, 4002, 4003, 5000);
  }

  /** A guild with the same layout under other ids (for sharding tests). */
  public FakeGuild withId(long guildId) {
    return new FakeGuild(
        guildId,
        channelId + guildId,
        botId,
        managerRoleId + guildId,
        pingRoleId + guildId,
        allowedRoleId + guildId,
        emojiId + guildId);
  }

  Map<String, Object> guildCreate() {
    return obj(
        "id",
        Long.toString(id),
        "name",
        "Polly test guild",
        "icon",
        null,
        "owner_id",
        "1",
        "afk_timeout",
        300,
        "verification_level",
        0,
        "default_message_notifications",
        0,
        "explicit_content_filter",
        0,
        "mfa_level",
        0,
        "nsfw_level",
        0,
        "premium_tier",
        0,
        "preferred_locale",
        "en-US",
        "features",
        List.of(),
        "member_count",
        3,
        "large",
        false,
        "unavailable",
        false,
        "joined_at",
        JOINED_AT,
        "roles",
        List.of(
            role(id, "@everyone", 0, EVERYONE_PERMISSIONS),
            role(botId + 1, "Polly", 4, "8"),
            role(managerRoleId, "Managers", 3, MANAGER_PERMISSIONS),
            role(pingRoleId, "Poll pings", 2, "0"),
            role(allowedRoleId, "Voters", 1, "0")),
        "channels",
        List.of(channel(channelId, "polls", 0)),
        "threads",
        List.of(),
        "guild_scheduled_events",
        List.of(),
        "emojis",
        List.of(
            obj(
                "id",
                Long.toString(emojiId),
                "name",
                "party",
                "animated",
                false,
                "available",
                true,
                "managed",
                false,
                "require_colons",
                true,
                "roles",
                List.of())),
        "stickers",
        List.of(),
        "voice_states",
        List.of(),
        "presences",
        List.of(),
        "members",
        List.of(
            obj(
                "user",
                botUser(botId),
                "roles",
                List.of(Long.toString(botId + 1)),
                "joined_at",
                JOINED_AT,
                "deaf",
                false,
                "mute",
                false,
                "flags",
                0)));
  }

  /** A text channel of this guild, as in GUILD_CREATE or CHANNEL_CREATE. */
  public Map<String, Object> channelPayload(long channelId, String name, int position) {
    return channel(channelId, name, position);
  }

  Map<String, Object> channel(long channelId, String name, int position) {
    return obj(
        "id",
        Long.toString(channelId),
        "type",
        0,
        "name",
        name,
        "position",
        position,
        "guild_id",
        Long.toString(id),
        "permission_overwrites",
        List.of(),
        "nsfw",
        false,
        "parent_id",
        null,
        "topic",
        null,
        "last_message_id",
        null,
        "rate_limit_per_user",
        0);
  }

  /** GUILD_MEMBER_UPDATE data: the member now has exactly these roles. */
  public Map<String, Object> memberUpdatePayload(long userId, long... roleIds) {
    List<String> roles = new java.util.ArrayList<>();
    for (long role : roleIds) {
      roles.add(Long.toString(role));
    }
    return obj(
        "guild_id",
        Long.toString(id),
        "user",
        user(userId),
        "roles",
        roles,
        "nick",
        null,
        "avatar",
        null,
        "joined_at",
        JOINED_AT,
        "premium_since",
        null,
        "deaf",
        false,
        "mute",
        false,
        "pending",
        false,
        "flags",
        0);
  }

  /** GUILD_MEMBER_REMOVE data: the user left or was kicked. */
  public Map<String, Object> memberRemovePayload(long userId) {
    return obj("guild_id", Long.toString(id), "user", user(userId));
  }

  /** GUILD_ROLE_UPDATE data for one of this guild's roles. */
  public Map<String, Object> roleUpdatePayload(
      long roleId, String name, int position, String permissions) {
    return obj("guild_id", Long.toString(id), "role", role(roleId, name, position, permissions));
  }

  /** The bot's own role (Administrator in {@link #guildCreate}). */
  public long botRoleId() {
    return botId + 1;
  }

  /**
   * CHANNEL_CREATE data for a text (0) or announcement (5) channel with permission overwrites built
   * by {@link #overwrite}.
   */
  public Map<String, Object> channelPayload(
      long channelId, String name, int position, int type, List<Map<String, Object>> overwrites) {
    Map<String, Object> channel = channel(channelId, name, position);
    channel.put("type", type);
    channel.put("permission_overwrites", overwrites);
    return channel;
  }

  /** A permission overwrite; {@code type} 0 is a role, 1 a member. */
  public static Map<String, Object> overwrite(long targetId, int type, long allow, long deny) {
    return obj(
        "id",
        Long.toString(targetId),
        "type",
        type,
        "allow",
        Long.toString(allow),
        "deny",
        Long.toString(deny));
  }

  static Map<String, Object> role(long roleId, String name, int position, String permissions) {
    return obj(
        "id",
        Long.toString(roleId),
        "name",
        name,
        "position",
        position,
        "permissions",
        permissions,
        "color",
        0,
        "colors",
        obj("primary_color", 0),
        "hoist",
        false,
        "managed",
        false,
        "mentionable",
        true,
        "flags",
        0);
  }

  static Map<String, Object> botUser(long botId) {
    return obj(
        "id",
        Long.toString(botId),
        "username",
        "polly",
        "discriminator",
        "0000",
        "global_name",
        null,
        "avatar",
        null,
        "bot",
        true);
  }

  static Map<String, Object> user(long userId) {
    return obj(
        "id",
        Long.toString(userId),
        "username",
        "member" + userId,
        "discriminator",
        "0",
        "global_name",
        null,
        "avatar",
        null);
  }
}
