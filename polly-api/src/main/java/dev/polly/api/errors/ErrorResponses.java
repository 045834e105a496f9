package dev.polly.api.errors;

import com.codahale.metrics.MetricRegistry;
import dev.polly.api.api.ApiError;
import dev.polly.api.api.FieldError;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Builds the JSON error responses of every mapper and counts them in the meter {@code
 * polly.api.errors.<status>}.
 */
public final class ErrorResponses {
  private final MetricRegistry metrics;

  public ErrorResponses(MetricRegistry metrics) {
    this.metrics = metrics;
  }

  public Response of(int status, String code, String message) {
    return of(status, code, message, List.of());
  }

  public Response of(int status, String code, String message, List<FieldError> errors) {
    metrics.meter("polly.api.errors." + status).mark();
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(code, message, errors))
        .build();
  }
}
