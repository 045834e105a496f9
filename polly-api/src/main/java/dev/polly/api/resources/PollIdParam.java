package dev.polly.api.resources;

/**
 * The {@code {id}} of a {@code /api/polls/{id}} path; malformed: 400 "poll id must be a positive id
 * (digits only)".
 */
public final class PollIdParam extends SnowflakeParam {
  public PollIdParam(String input) {
    super(input);
  }

  @Override
  protected String label() {
    return "poll id";
  }
}
