package dev.polly.api.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Maps one domain exception type to a fixed HTTP status and its JSON error body. */
abstract class ApiExceptionMapper<E extends ApiException> implements ExceptionMapper<E> {
  private final ErrorResponses responses;
  private final int status;

  ApiExceptionMapper(ErrorResponses responses, int status) {
    this.responses = responses;
    this.status = status;
  }

  @Override
  public Response toResponse(E exception) {
    return responses.of(status, exception.code(), exception.getMessage());
  }

  ErrorResponses responses() {
    return responses;
  }
}
