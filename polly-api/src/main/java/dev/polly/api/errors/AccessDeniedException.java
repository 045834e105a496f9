package dev.polly.api.errors;

/** The session may not act on that resource (403). */
public class AccessDeniedException extends ApiException {
  public AccessDeniedException(String message) {
    super("forbidden", message);
  }

  public AccessDeniedException(String code, String message) {
    super(code, message);
  }
}
