package dev.polly.api.resources;

/**
 * The {@code guild} query parameter of the poll list; malformed: 400 "guild must be a positive id
 * (digits only)".
 */
public final class GuildFilterParam extends SnowflakeParam {
  public GuildFilterParam(String input) {
    super(input);
  }

  @Override
  protected String label() {
    return "guild";
  }
}
