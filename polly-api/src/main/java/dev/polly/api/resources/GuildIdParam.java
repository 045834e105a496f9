package dev.polly.api.resources;

/**
 * The {@code {id}} of a {@code /api/guilds/{id}} path; malformed: 400 "guild id must be a positive
 * id (digits only)".
 */
public final class GuildIdParam extends SnowflakeParam {
  public GuildIdParam(String input) {
    super(input);
  }

  @Override
  protected String label() {
    return "guild id";
  }
}
