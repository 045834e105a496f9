package dev.polly.api.resources;

/** The {@code {id}} of a {@code /api/polls/{id}} path; malformed: 400 "poll id must be ...". */
public final class PollIdParam extends SnowflakeParam {
  public PollIdParam(String input) {
    super(input, "poll id");
  }
}
