package dev.polly.api.resources;

import dev.polly.api.api.ApiError;
import dev.polly.api.api.Snowflakes;
import io.dropwizard.jersey.params.AbstractParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A path or query parameter holding a positive id as decimal digits (a Discord snowflake or a poll
 * id, see {@link Snowflakes}). A malformed value ends the request before the resource method runs,
 * with 400 {@code bad_parameter} "{@link #label()} must be a positive id (digits only)".
 */
public abstract class SnowflakeParam extends AbstractParam<Long> {
  protected SnowflakeParam(String input) {
    super(input);
  }

  /** The id as a {@code long}. */
  public long id() {
    return get();
  }

  /**
   * How the error message names the parameter, e.g. {@code poll id}. Called while the constructor
   * runs, so it must return a constant.
   */
  protected abstract String label();

  @Override
  protected Response error(String input, Exception e) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError("bad_parameter", label() + " must be a positive id (digits only)"))
        .build();
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
