package dev.polly.api.errors;

/** The OAuth {@code state} at callback does not match the one bound to the browser (400). */
public class InvalidOAuthStateException extends ApiException {
  public InvalidOAuthStateException(String message) {
    super("invalid_state", message);
  }

  public InvalidOAuthStateException(String code, String message) {
    super(code, message);
  }
}
