package dev.polly.api.requests;

import dev.polly.api.api.FieldError;
import dev.polly.api.api.Snowflakes;
import dev.polly.api.errors.ValidationFailedException;
import java.util.ArrayList;
import java.util.List;

/** Collects field errors while validating a request, then throws them all at once. */
public final class Errors {
  private final List<FieldError> errors = new ArrayList<>();

  public void add(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  public boolean has(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Throws {@link ValidationFailedException} when any error was added. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ValidationFailedException(errors);
    }
  }

  /** A snowflake field: null when absent (or reported when required), the id otherwise. */
  public Long snowflake(String field, String value, boolean required) {
    if (value == null || value.isEmpty()) {
      if (required) {
        add(field, "is required");
      }
      return null;
    }
    Long id = Snowflakes.parse(value);
    if (id == null) {
      add(field, "must be a Discord id (a string of digits)");
    }
    return id;
  }

  /** Adds the domain's rule violations (their field names are already the API's). */
  public void addAll(List<dev.polly.common.domain.FieldError> broken) {
    broken.forEach(b -> add(b.field(), b.message()));
  }
}
