package dev.polly.api.demo;

/**
 * The fixed identities of demo mode: the demo guild, its channels and roles, and the demo user who
 * manages it. None of these ids exists on Discord's side; they only ever appear in demo mode.
 */
public final class DemoGuild {
  public static final long GUILD_ID = 1_100_000_000_000_000_001L;
  public static final String GUILD_NAME = "Polly Demo";
  public static final long OWNER_ID = 1_100_000_000_000_000_002L;
  public static final long BOT_USER_ID = 1_100_000_000_000_000_003L;
  public static final long USER_ID = 1_100_000_000_000_000_004L;
  public static final String USER_NAME = "Demo User";

  public static final long GENERAL = 1_100_000_000_000_001_001L;
  public static final long POLLS = 1_100_000_000_000_001_002L;
  public static final long ANNOUNCEMENTS = 1_100_000_000_000_001_003L;
  public static final long STAFF_ONLY = 1_100_000_000_000_001_004L;
  public static final long READ_ONLY = 1_100_000_000_000_001_005L;
  public static final long VOICE = 1_100_000_000_000_001_006L;

  public static final long ROLE_VOTERS = 1_100_000_000_000_002_001L;
  public static final long ROLE_MODERATORS = 1_100_000_000_000_002_002L;
  public static final long ROLE_BOT = 1_100_000_000_000_002_003L;
  public static final long ROLE_STAFF = 1_100_000_000_000_002_004L;

  private DemoGuild() {}
}
