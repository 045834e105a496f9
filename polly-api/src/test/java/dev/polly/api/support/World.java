package dev.polly.api.support;

/**
 * The Discord world the API tests run against: Alice manages guild {@link #G1} (and {@link #G3},
 * where the bot is absent) and is a plain member of {@link #G4}; Bob owns {@link #G2}. The bot is
 * in G1, G2 and G4.
 */
public final class World {
  public static final long G1 = 111_111_111_111_111_111L;
  public static final long G2 = 222_222_222_222_222_222L;
  public static final long G3 = 333_333_333_333_333_333L;
  public static final long G4 = 444_444_444_444_444_444L;
  public static final long G1_TEXT = 500_000_000_000_000_001L;
  public static final long G1_VOICE = 500_000_000_000_000_002L;
  public static final long G2_TEXT = 510_000_000_000_000_001L;
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
    try {
      FakeDiscord fake = new FakeDiscord();
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
              + "\",\"name\":\"voice\",\"type\":2,\"position\":1}]");
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
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A valid poll creation body for G1, lasting an hour from now. */
  public static String pollJson(String title, boolean anonymous, boolean hideResults) {
    return "{\"guild_id\":\""
        + G1
        + "\",\"channel_id\":\""
        + G1_TEXT
        + "\",\"title\":\""
        + title
        + "\",\"question\":\"Which?\",\"options\":[{\"label\":\"Red\"},{\"label\":\"Blue\",\"emoji\":\"🔵\"},{\"label\":\"Green\"}],"
        + "\"anonymous\":"
        + anonymous
        + ",\"hide_results\":"
        + hideResults
        + ",\"max_choices\":2,\"duration_minutes\":60,\"timezone\":\"Europe/Paris\"}";
  }
}
