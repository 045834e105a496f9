package dev.polly.api.errors;

import jakarta.ws.rs.core.Response;

/**
 * Maps a {@link RetryLaterException} to its status and JSON error, with {@code Retry-After} in
 * whole seconds, rounded up and at least 1.
 */
abstract class RetryLaterMapper<E extends RetryLaterException> extends ApiExceptionMapper<E> {
  RetryLaterMapper(ErrorResponses responses, int status) {
    super(responses, status);
  }

  @Override
  public Response toResponse(E e) {
    long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
    return Response.fromResponse(super.toResponse(e)).header("Retry-After", seconds).build();
  }
}
