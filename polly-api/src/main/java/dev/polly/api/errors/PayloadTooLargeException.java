package dev.polly.api.errors;

/** The request body exceeds the configured limit (413). */
public class PayloadTooLargeException extends ApiException {
  public PayloadTooLargeException(String message) {
    super("payload_too_large", message);
  }

  public PayloadTooLargeException(String code, String message) {
    super(code, message);
  }
}
