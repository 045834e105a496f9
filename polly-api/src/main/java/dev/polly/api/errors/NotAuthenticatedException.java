package dev.polly.api.errors;

/** The request needs a valid session (401). */
public class NotAuthenticatedException extends ApiException {
  public NotAuthenticatedException(String message) {
    super("unauthenticated", message);
  }

  public NotAuthenticatedException(String code, String message) {
    super(code, message);
  }
}
