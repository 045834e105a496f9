package dev.polly.api.resources;

import dev.polly.api.api.Snowflakes;
import io.dropwizard.jersey.params.AbstractParam;

/**
 * A path or query parameter holding a positive id as decimal digits (a Discord snowflake or a poll
 * id, see {@link Snowflakes}). A malformed value ends the request before the resource method runs,
 * with 400 {@code bad_parameter} "<name> must be a positive id (digits only)", where the name is
 * the query parameter's (Dropwizard passes it) or the subclass's label.
 */
public class SnowflakeParam extends AbstractParam<Long> {
  public SnowflakeParam(String input, String parameterName) {
    super(input, parameterName);
  }

  /** The id as a {@code long}. */
  public long id() {
    return get();
  }

  @Override
  protected String errorMessage(Exception e) {
    return "%s must be a positive id (digits only)";
  }

  @Override
  protected Long parse(String input) {
    Long id = Snowflakes.parse(input);
    if (id == null) {
      throw new IllegalArgumentException("not a positive id");
    }
    return id;
  }
}
