package dev.polly.api.errors;

/** The resource is not in a state that allows the change, e.g. a stale version (409). */
public class ConflictException extends ApiException {
  public ConflictException(String message) {
    super("conflict", message);
  }

  public ConflictException(String code, String message) {
    super(code, message);
  }
}
