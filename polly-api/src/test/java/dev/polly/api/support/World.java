package dev.polly.api.support;

/**
 * The Discord world the API tests run against: Alice manages guild {@link #G1} through its {@link
 * #G1_MANAGER_ROLE} (and {@link #G3}, where the bot is absent) and is a plain member of {@link
 * #G4}; Bob owns {@link #G2}. The bot is in G1, G2 and G4 and sees those members.
 */
public final class World {
  public static final long G1 = 111_111_111_111_111_111L;
  public static final long G2 = 222_222_222_222_222_222L;
  public static final long G3 = 333_333_333_333_333_333L;
  public static final long G4 = 444_444_444_444_444_444L;
  public static final long G1_TEXT = 500_000_000_000_000_001L;
  public static final long G1_VOICE = 500_000_000_000_000_002L;
  public static final long G2_TEXT = 510_000_000_000_000_001L;

  /** Hidden from the bot: {@code @everyone} is denied View Channel. */
  public static final long G1_STAFF = 500_000_000_000_000_003L;

  /** {@code @everyone} may not send, but the bot's role overwrite allows it: postable. */
  public static final long G1_NEWS = 500_000_000_000_000_004L;

  /** The bot's own member overwrite denies Embed Links: not postable. */
  public static final long G1_NO_EMBEDS = 500_000_000_000_000_005L;

  public static final long G1_BOT_ROLE = 600_000_000_000_000_003L;

  /** G1's role with Manage Server (and nothing else); Alice has it. */
  public static final long G1_MANAGER_ROLE = 600_000_000_000_000_004L;

  /** G1's role with Administrator only. */
  public static final long G1_ADMIN_ROLE = 600_000_000_000_000_005L;

  public static final long G1_OWNER = 9_000_000_000_000_099L;
  public static final long G1_PING_ROLE = 600_000_000_000_000_001L;
  public static final long G1_QUIET_ROLE = 600_000_000_000_000_002L;

  public static final FakeDiscord.User ALICE =
      new FakeDiscord.User(
          "alice-code",
          "alice-token",
          9_000_000_000_000_001L,
          "alice",
          "[{\"id\":\""
              + G1
              + "\",\"name\":\"Guild One\",\"icon\":null,\"permissions\":\"32\"},"
              + "{\"id\":\""
              + G3
              + "\",\"name\":\"No Bot\",\"icon\":null,\"permissions\":\"8\"},"
              + "{\"id\":\""
              + G4
              + "\",\"name\":\"Member Only\",\"icon\":null,\"permissions\":\"1024\"}]");

  public static final FakeDiscord.User BOB =
      new FakeDiscord.User(
          "bob-code",
          "bob-token",
          9_000_000_000_000_002L,
          "bob",
          "[{\"id\":\""
              + G2
              + "\",\"name\":\"Guild Two\",\"icon\":\"abc\",\"permissions\":\"0\",\"owner\":true}]");

  private World() {}

  public static FakeDiscord start() {
    FakeDiscord fake = FakeDiscord.empty();
    fake.addUser(ALICE);
    fake.addUser(BOB);
    fake.botGuilds(
        "[{\"id\":\""
            + G1
            + "\",\"name\":\"Guild One\",\"icon\":null,\"permissions\":\"0\"},"
            + "{\"id\":\""
            + G2
            + "\",\"name\":\"Guild Two\",\"icon\":\"abc\",\"permissions\":\"0\"},"
            + "{\"id\":\""
            + G4
            + "\",\"name\":\"Member Only\",\"icon\":null,\"permissions\":\"0\"}]");
    fake.botGet(
        "/guilds/" + G1 + "/channels",
        "[{\"id\":\""
            + G1_TEXT
            + "\",\"name\":\"polls\",\"type\":0,\"position\":0},"
            + "{\"id\":\""
            + G1_VOICE
            + "\",\"name\":\"voice\",\"type\":2,\"position\":1},"
            + channel(G1_STAFF, "staff", 2, overwrite(G1, 0, 0, 1024))
            + ","
            + channel(
                G1_NEWS, "news", 3, overwrite(G1, 0, 0, 2048), overwrite(G1_BOT_ROLE, 0, 2048, 0))
            + ","
            + channel(G1_NO_EMBEDS, "no-embeds", 4, overwrite(FakeDiscord.BOT_USER_ID, 1, 0, 16384))
            + "]");
    fake.guildPermissions(G1, G1_OWNER, g1Roles(32), G1_BOT_ROLE);
    fake.guildPermissions(G2, BOB.id(), "[{\"id\":\"" + G2 + "\",\"permissions\":\"19456\"}]");
    fake.member(G1, ALICE.id(), G1_MANAGER_ROLE);
    fake.member(G2, BOB.id());
    fake.member(G4, ALICE.id());
    fake.botGet(
        "/guilds/" + G1 + "/roles",
        "[{\"id\":\""
            + G1
            + "\",\"name\":\"@everyone\",\"position\":0,\"mentionable\":true,\"managed\":false},"
            + "{\"id\":\""
            + G1_PING_ROLE
            + "\",\"name\":\"voters\",\"position\":2,\"mentionable\":true,\"managed\":false},"
            + "{\"id\":\""
            + G1_QUIET_ROLE
            + "\",\"name\":\"quiet\",\"position\":1,\"mentionable\":false,\"managed\":false}]");
    fake.botGet(
        "/guilds/" + G1 + "/emojis", "[{\"id\":\"700\",\"name\":\"polly\",\"animated\":false}]");
    fake.botGet(
        "/guilds/" + G2 + "/channels",
        "[{\"id\":\"" + G2_TEXT + "\",\"name\":\"general\",\"type\":0,\"position\":0}]");
    fake.botGet("/guilds/" + G2 + "/roles", "[]");
    fake.botGet("/guilds/" + G2 + "/emojis", "[]");
    return fake;
  }

  /**
   * G1's roles with their permission bits as {@code GET /guilds/{id}} lists them: {@code @everyone}
   * (view, send, embed), the bot's role (nothing), {@link #G1_MANAGER_ROLE} with {@code
   * managerPermissions} (32 = Manage Server) and {@link #G1_ADMIN_ROLE} (Administrator).
   */
  public static String g1Roles(long managerPermissions) {
    return "[{\"id\":\""
        + G1
        + "\",\"permissions\":\"19456\"},"
        + "{\"id\":\""
        + G1_BOT_ROLE
        + "\",\"permissions\":\"0\"},"
        + "{\"id\":\""
        + G1_MANAGER_ROLE
        + "\",\"permissions\":\""
        + managerPermissions
        + "\"},"
        + "{\"id\":\""
        + G1_ADMIN_ROLE
        + "\",\"permissions\":\"8\"}]";
  }

  private static String channel(long id, String name, int position, String... overwrites) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\""
        + name
        + "\",\"type\":0,\"position\":"
        + position
        + ",\"permission_overwrites\":["
        + String.join(",", overwrites)
        + "]}";
  }

  /** A permission overwrite; {@code type} 0 is a role, 1 a member. */
  private static String overwrite(long id, int type, long allow, long deny) {
    return "{\"id\":\""
        + id
        + "\",\"type\":"
        + type
        + ",\"allow\":\""
        + allow
        + "\",\"deny\":\""
        + deny
        + "\"}";
  }

  /** A valid poll creation body for G1, lasting an hour from now. */
  public static String pollJson(String title, boolean anonymous, boolean hideResults) {
    return pollJson(
        title,
        "",
        "[{\"label\":\"Red\"},{\"label\":\"Blue\",\"emoji\":\"🔵\"},{\"label\":\"Green\"}]",
        anonymous,
        hideResults,
        2);
  }

  /**
   * A poll creation body for G1's text channel, lasting an hour from now, with these options (a
   * JSON array) and {@code extraMembers} after the question: empty, or JSON members each ending in
   * a comma, such as {@code "kind":"ranked",}.
   */
  public static String pollJson(
      String title,
      String extraMembers,
      String optionsJson,
      boolean anonymous,
      boolean hideResults,
      int maxChoices) {
    return "{\"guild_id\":\""
        + G1
        + "\",\"channel_id\":\""
        + G1_TEXT
        + "\",\"title\":\""
        + title
        + "\",\"question\":\"Which?\","
        + extraMembers
        + "\"options\":"
        + optionsJson
        + ",\"anonymous\":"
        + anonymous
        + ",\"hide_results\":"
        + hideResults
        + ",\"max_choices\":"
        + maxChoices
        + ",\"duration_minutes\":60,\"timezone\":\"Europe/Paris\"}";
  }
}
