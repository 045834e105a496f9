package dev.polly.api.errors;

/**
 * Base of the API's domain exceptions: each carries a stable error {@code code} for the JSON body;
 * each subclass has its own {@code ExceptionMapper} that picks the HTTP status.
 */
public abstract class ApiException extends RuntimeException {
  private final String code;

  protected ApiException(String code, String message) {
    super(message);
    this.code = code;
  }

  protected ApiException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
