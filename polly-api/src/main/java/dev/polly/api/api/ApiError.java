package dev.polly.api.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON body of every error response: a stable machine-readable {@code code}, a human {@code
 * message}, and for validation failures one entry per offending field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String code, String message, List<FieldError> errors) {
  public ApiError {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public ApiError(String code, String message) {
    this(code, message, List.of());
  }
}
