package dev.polly.api.errors;

/** The resource does not exist or is not visible to this session (404). */
public class ResourceNotFoundException extends ApiException {
  public ResourceNotFoundException(String message) {
    super("not_found", message);
  }

  public ResourceNotFoundException(String code, String message) {
    super(code, message);
  }
}
