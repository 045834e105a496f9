package dev.polly.api.errors;

import dev.polly.api.api.FieldError;
import java.util.List;

/** A request body broke business rules; carries one error per field (422). */
public class ValidationFailedException extends ApiException {
  /** The message of a missing request body (field {@code body}). */
  public static final String BODY_REQUIRED = "a JSON object is required";

  private final List<FieldError> errors;

  public ValidationFailedException(List<FieldError> errors) {
    super("validation_failed", "The request has invalid fields");
    this.errors = List.copyOf(errors);
  }

  public static ValidationFailedException of(String field, String message) {
    return new ValidationFailedException(List.of(new FieldError(field, message)));
  }

  /** The domain's broken rules, whose field names are already the API's. */
  public static ValidationFailedException ofRules(List<dev.polly.common.domain.FieldError> broken) {
    return new ValidationFailedException(
        broken.stream().map(b -> new FieldError(b.field(), b.message())).toList());
  }

  public List<FieldError> errors() {
    return errors;
  }
}
